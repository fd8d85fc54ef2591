//! The world the connector tests run in: a SQLite workspace with one
//! community (Lakeline fr-CH) and one agent, the fake Graph server on
//! loopback with that community's page, and an in-memory keychain.

#![allow(dead_code, unused_imports)]

pub use std::sync::Arc;
pub use switchboard_desk::communities::CommunitySpec;
pub use switchboard_desk::connector::Connector;
pub use switchboard_desk::replies::SendOutcome;
pub use switchboard_desk::{DatabaseUrl, Desk, OpenMode};
pub use switchboard_domain::{Agent, Direction, Platform};
pub use switchboard_meta::fake::{Failure, FakeComment, FakeGraph, FakePost};
pub use switchboard_secrets::{MemorySecrets, Secret, SecretKey, SecretStore};
pub use switchboard_store::{NewAgent, OutboxState, Store, SyncStatus};

pub const PAGE: &str = "104000000000001";
pub const TOKEN: &str = "EAAB-planted-page-token-9f3c2a";

pub struct World {
    pub _dir: tempfile::TempDir,
    pub path: std::path::PathBuf,
    pub desk: Desk,
    /// The desk's store, for what a test arranges or checks beneath the
    /// desk (fronts only have the desk).
    pub store: Arc<dyn Store>,
    pub fake: FakeGraph,
    pub secrets: Arc<MemorySecrets>,
    pub agent: Agent,
}

impl World {
    pub async fn new() -> World {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("workspace.db");
        let (desk, store) = open_with_store(&path).await;
        desk.add_community(&CommunitySpec {
            brand: "Lakeline".into(),
            locale: "fr-CH".into(),
            platform: Platform::Facebook,
            page_id: PAGE.into(),
        })
        .await
        .unwrap();
        let agent = store
            .add_agent(&NewAgent {
                name: "Claire Dubois".into(),
                initials: "CD".into(),
                email: "claire@example.com".into(),
            })
            .await
            .unwrap();
        let fake = FakeGraph::start("v21.0").await.unwrap();
        fake.add_named_page(PAGE, TOKEN, "Lakeline (fr-CH)", "fr-CH");
        World {
            _dir: dir,
            path,
            desk,
            store,
            fake,
            secrets: Arc::new(MemorySecrets::default()),
            agent,
        }
    }

    pub fn connector(&self, desk: &Desk) -> Connector {
        Connector::new(desk.clone(), self.secrets.clone(), None)
    }

    pub async fn connect(&self) -> Connector {
        let c = self.connector(&self.desk);
        let id = self
            .desk
            .community_by_handle("lakeline/fr-CH")
            .await
            .unwrap()
            .id;
        c.connect_page(id, &self.fake.base_url(), &Secret::new(TOKEN), false, 60)
            .await
            .unwrap();
        c
    }

    /// Messages stored in the workspace, by direction.
    pub async fn messages(&self, direction: Direction) -> Vec<String> {
        let mut out = Vec::new();
        for row in self.queue().await {
            for m in self.store.thread(row.id).await.unwrap() {
                if m.direction == direction {
                    out.push(m.body);
                }
            }
        }
        out.sort();
        out
    }

    /// Every open case, most urgent first.
    pub async fn queue(&self) -> Vec<switchboard_store::QueueRow> {
        self.store
            .queue(&Default::default(), self.desk.now())
            .await
            .unwrap()
    }

    pub async fn status(&self) -> SyncStatus {
        self.store.connections().await.unwrap()[0].health.status
    }

    /// Makes every connection due now.
    pub async fn due_now(&self) {
        for mut c in self.store.connections().await.unwrap() {
            c.health.next_attempt_at = None;
            self.store.save_connection(&c).await.unwrap();
        }
    }
}

pub async fn open(path: &std::path::Path) -> Desk {
    open_with_store(path).await.0
}

/// A desk on the workspace at `path` (created when missing) and its store.
pub async fn open_with_store(path: &std::path::Path) -> (Desk, Arc<dyn Store>) {
    let url = DatabaseUrl::Sqlite(path.to_path_buf());
    let store = url.open(OpenMode::CreateIfMissing).await.unwrap();
    (Desk::new(store.clone()), store)
}

pub fn fans(world: &World, n: usize, each: usize) -> Vec<String> {
    let mut texts = Vec::new();
    for f in 0..n {
        for m in 0..each {
            let text = format!("Message {m} du fan {f}");
            world
                .fake
                .fan_writes(PAGE, &format!("psid-{f}"), &format!("Fan {f}"), &text);
            texts.push(text);
        }
    }
    texts.sort();
    texts
}

/// A message typed into `community` (a handle) as if from `from`: its case.
pub async fn write_direct(
    desk: &Desk,
    community: &str,
    from: &str,
    text: &str,
) -> switchboard_domain::CaseId {
    desk.receive_direct(&switchboard_desk::inbound::DirectMessage {
        community: community.into(),
        from: from.into(),
        text: text.into(),
        external_id: None,
        at: None,
    })
    .await
    .unwrap()
    .case_id()
}
