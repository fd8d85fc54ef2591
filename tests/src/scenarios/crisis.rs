//! What spike detection reads: who wrote to a community, when.

use super::*;

pub(super) async fn inbound_arrivals_list_who_wrote_when_per_community(s: Arc<dyn Store>) {
    let a = community(&*s, "Lakeline", "fr-CH", "1").await;
    let b = community(&*s, "Lakeline", "de-CH", "2").await;
    assert_eq!(s.first_inbound(a.id).await.unwrap(), None);
    let first = receive(&*s, &inbound(&a, "1", "t1", "Vol annulé ?", mins(0))).await;
    receive(&*s, &inbound(&a, "2", "t1", "Toujours rien", mins(10))).await;
    let other = receive(&*s, &inbound(&a, "3", "t2", "Et mon vol ?", mins(20))).await;
    receive(&*s, &inbound(&b, "4", "t3", "Koffer?", mins(5))).await;
    reply(&*s, first, mins(30)).await;

    assert_eq!(s.first_inbound(a.id).await.unwrap(), Some(mins(0)));
    assert_eq!(s.first_inbound(b.id).await.unwrap(), Some(mins(5)));
    let got = s.inbound_arrivals(a.id, mins(0), mins(60)).await.unwrap();
    let times: Vec<_> = got.iter().map(|x| x.at).collect();
    assert_eq!(
        times,
        [mins(0), mins(10), mins(20)],
        "inbound only, oldest first"
    );
    assert_eq!(got[0].contact_id, got[1].contact_id, "the same fan");
    assert_ne!(got[0].contact_id, got[2].contact_id);
    let case = s.case(other).await.unwrap();
    assert_eq!(got[2].contact_id, case.contact_id.0);
    let window = s.inbound_arrivals(a.id, mins(10), mins(20)).await.unwrap();
    assert_eq!(window.len(), 1, "from included, to excluded");
}
