//! How a fresh reading of the clusters keeps the ids of the last one
//! (docs/decisions/031-cluster-replies.md).
//!
//! The clusterer is rebuilt from the open cases at each reading, so its own
//! ids hold for one reading. The desk keeps where each open case stood
//! (`ClusterCase`) and carries ids over:
//! - a fresh cluster takes the kept id that most of its cases had (at
//!   least half of those that had one); several fresh clusters may take
//!   the same id, which is how a merge made by an agent is remembered;
//! - a fresh cluster whose cases had no id, or no majority, gets a new id;
//! - a case an agent placed stays in the cluster it was put in, whatever
//!   the fresh reading says.
//!
//! Pure: the caller reads and writes the store.

use std::collections::HashMap;

/// Where a fresh cluster goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    /// A kept cluster's id.
    Kept(i64),
    /// The n-th new cluster of this reading.
    New(usize),
}

/// What a case was at the last reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Was {
    pub cluster: i64,
    pub placed: bool,
}

/// The outcome of a reading: each case's cluster, and how many new ids to
/// take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    /// Per fresh cluster (in the order given), where it goes.
    pub targets: Vec<Target>,
    /// Per case, its cluster and whether it was placed by an agent.
    pub cases: Vec<(i64, Target, bool)>,
    pub new_clusters: usize,
}

/// Carries the kept ids over `fresh` (each fresh cluster's case ids), given
/// what each case `was`.
pub fn carry_over(fresh: &[Vec<i64>], was: &HashMap<i64, Was>) -> Kept {
    let mut targets = Vec::with_capacity(fresh.len());
    let mut new_clusters = 0;
    for members in fresh {
        let mut votes: HashMap<i64, usize> = HashMap::new();
        let mut known = 0;
        for case in members {
            if let Some(w) = was.get(case) {
                known += 1;
                *votes.entry(w.cluster).or_default() += 1;
            }
        }
        // The most votes, the lower id on a tie: the same input gives the
        // same answer.
        let best = votes
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)));
        let target = match best {
            Some((id, n)) if n * 2 >= known => Target::Kept(id),
            _ => {
                new_clusters += 1;
                Target::New(new_clusters - 1)
            }
        };
        targets.push(target);
    }
    let mut cases = Vec::new();
    for (members, target) in fresh.iter().zip(&targets) {
        for case in members {
            match was.get(case) {
                Some(w) if w.placed => cases.push((*case, Target::Kept(w.cluster), true)),
                _ => cases.push((*case, *target, false)),
            }
        }
    }
    cases.sort_unstable_by_key(|c| c.0);
    Kept {
        targets,
        cases,
        new_clusters,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn was(pairs: &[(i64, i64, bool)]) -> HashMap<i64, Was> {
        pairs
            .iter()
            .map(|&(case, cluster, placed)| (case, Was { cluster, placed }))
            .collect()
    }

    #[test]
    fn a_first_reading_gives_every_cluster_a_new_id() {
        let k = carry_over(&[vec![1, 2], vec![3]], &HashMap::new());
        assert_eq!(k.targets, [Target::New(0), Target::New(1)]);
        assert_eq!(k.new_clusters, 2);
    }

    #[test]
    fn a_cluster_keeps_its_id_when_cases_come_and_go() {
        // Case 1 was resolved, 4 arrived.
        let k = carry_over(
            &[vec![2, 3, 4]],
            &was(&[(1, 7, false), (2, 7, false), (3, 7, false)]),
        );
        assert_eq!(k.targets, [Target::Kept(7)]);
        assert_eq!(k.new_clusters, 0);
        assert!(k.cases.iter().all(|c| c.1 == Target::Kept(7)));
    }

    #[test]
    fn a_cluster_without_a_majority_of_one_kept_id_is_new() {
        let k = carry_over(
            &[vec![1, 2, 3]],
            &was(&[(1, 7, false), (2, 8, false), (3, 9, false)]),
        );
        assert_eq!(k.targets, [Target::New(0)], "a third each is no majority");
        let k = carry_over(
            &[vec![1, 2, 3, 4]],
            &was(&[(1, 7, false), (2, 8, false), (3, 9, false), (4, 9, false)]),
        );
        assert_eq!(k.targets, [Target::Kept(9)], "two of four is half");
        let k = carry_over(
            &[vec![1, 2, 3, 4, 5]],
            &was(&[
                (1, 7, false),
                (2, 8, false),
                (3, 9, false),
                (4, 9, false),
                (5, 6, false),
            ]),
        );
        assert_eq!(k.targets, [Target::New(0)], "two of five is no majority");
    }

    #[test]
    fn a_placed_case_stays_where_an_agent_put_it() {
        // 3 was moved out into cluster 8; the reading puts it back with 1, 2.
        let k = carry_over(
            &[vec![1, 2, 3]],
            &was(&[(1, 7, false), (2, 7, false), (3, 8, true)]),
        );
        assert_eq!(k.targets, [Target::Kept(7)]);
        assert_eq!(
            k.cases,
            [
                (1, Target::Kept(7), false),
                (2, Target::Kept(7), false),
                (3, Target::Kept(8), true)
            ]
        );
    }

    #[test]
    fn two_fresh_clusters_an_agent_merged_stay_one() {
        // 3 and 4 were merged into 7 (placed); the reading still sees two.
        let k = carry_over(
            &[vec![1, 2], vec![3, 4, 5]],
            &was(&[(1, 7, false), (2, 7, false), (3, 7, true), (4, 7, true)]),
        );
        assert_eq!(
            k.targets,
            [Target::Kept(7), Target::Kept(7)],
            "the new case 5 joins the merge"
        );
        assert!(k.cases.iter().all(|c| c.1 == Target::Kept(7)));
    }
}
