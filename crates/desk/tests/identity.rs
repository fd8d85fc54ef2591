//! Who acts in solo mode (a SQLite file; the owner's PostgreSQL login acts
//! the same way): the agent the person names or picked, and nobody when
//! they named none. Team mode, where the login says who acts, is proven on
//! a real PostgreSQL by crates/cli/tests/team_cli.rs.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::Arc;
use switchboard_desk::{Desk, DeskError};
use switchboard_store::{NewAgent, Store};
use switchboard_store_sql::{OpenMode, SqlStore};

async fn solo_desk(dir: &tempfile::TempDir) -> Desk {
    let store = SqlStore::open_sqlite(&dir.path().join("ws.db"), OpenMode::CreateIfMissing)
        .await
        .unwrap();
    for (name, initials) in [("Anna Bernasconi", "AB"), ("Marc Keller", "MK")] {
        store
            .add_agent(&NewAgent {
                name: name.into(),
                initials: initials.into(),
                email: format!("{initials}@example.com"),
            })
            .await
            .unwrap();
    }
    Desk::new(Arc::new(store))
}

#[tokio::test]
async fn in_solo_mode_a_command_acts_as_the_agent_it_names_and_no_name_is_nobody() {
    let dir = tempfile::tempdir().unwrap();
    let desk = solo_desk(&dir).await;
    assert_eq!(desk.team_login().await.unwrap(), None);
    assert_eq!(desk.login_agent().await.unwrap(), None);
    assert_eq!(desk.acting_as(Some("mk")).await.unwrap().initials, "MK");
    assert_eq!(
        desk.acting_as(Some("Anna Bernasconi"))
            .await
            .unwrap()
            .initials,
        "AB"
    );
    assert!(matches!(
        desk.acting_as(None).await,
        Err(DeskError::NoAgent)
    ));
    assert!(matches!(
        desk.acting_as(Some("  ")).await,
        Err(DeskError::NoAgent)
    ));
    assert!(matches!(
        desk.acting_as(Some("ZZ")).await,
        Err(DeskError::UnknownAgent(v)) if v == "ZZ"
    ));
}

#[tokio::test]
async fn in_solo_mode_me_is_the_agent_picked_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let desk = solo_desk(&dir).await;
    let mk = desk.acting_as(Some("MK")).await.unwrap();
    assert_eq!(desk.me(Some(mk.id)).await.unwrap(), mk);
    assert!(matches!(desk.me(None).await, Err(DeskError::NoAgent)));
    let info = desk
        .workspace_info("sqlite:ws.db".into(), Default::default())
        .await
        .unwrap();
    assert_eq!(info.login_agent, None, "the window keeps its picker");
}
