//! Publishing a crisis's holding statement on each page, as the outbox
//! sends replies: a post is claimed under a lease before the call, and
//! marked published with its post id after it. A post whose first
//! publication was left half-done by a sender that stopped is looked up on
//! the page's feed (the page's own post with the same text) before it is
//! published again, so that a page never shows the statement twice. An
//! update edits the post in place; doing it twice does no harm.

use super::{Connector, Round};
use crate::{DeskError, DeskResult};
use chrono::Duration;
use switchboard_domain::Community;
use switchboard_meta::errors::Action;
use switchboard_meta::graph::{GraphClient, GraphError};
use switchboard_store::{Connection, PostClaim, PostResult, StatementPost};

/// How far back in a page's feed a half-published post is looked for.
const LOOKUP_PAGES: usize = 3;

impl Connector {
    /// Publishes or updates the community's statement posts that are due;
    /// returns how many the page now shows.
    pub(crate) async fn flush_posts(
        &self,
        conn: &Connection,
        community: &Community,
        round: Round,
    ) -> DeskResult<u64> {
        let store = self.desk.store();
        let due = store.posts_to_send(community.id, self.desk.now()).await?;
        if due.is_empty() {
            return Ok(0);
        }
        let token = match self.token(community) {
            Ok(t) => t,
            Err(_) if round == Round::SendOnly => return Ok(0),
            Err(e) => {
                self.record_failure(community, conn, &e).await?;
                return Ok(0);
            }
        };
        let client = self.client(&conn.base_url)?;
        let t = token.expose();
        let mut published = 0;
        for post in due {
            let claim = store.claim_post(post.id, &self.lease()).await?;
            if claim == PostClaim::No {
                continue;
            }
            if claim == PostClaim::Stale && post.post_id.is_none() {
                if let Some(id) = find_on_page(&client, community, t, &post).await? {
                    tracing::info!(
                        post = post.id,
                        "statement found on the page: not posted again"
                    );
                    self.done(
                        &post,
                        PostResult::Sent {
                            post_id: id,
                            body: post.body.clone(),
                        },
                    )
                    .await?;
                    published += 1;
                    continue;
                }
            }
            let result = match &post.post_id {
                Some(id) => client
                    .update_post(id, t, &post.body)
                    .await
                    .map(|()| id.clone()),
                None => client.publish_post(&community.page_id, t, &post.body).await,
            };
            let now = self.desk.now();
            match result {
                Ok(id) => {
                    self.done(
                        &post,
                        PostResult::Sent {
                            post_id: id,
                            body: post.body.clone(),
                        },
                    )
                    .await?;
                    published += 1;
                }
                // It may have reached the page: the lease runs out and the
                // next sender looks before posting again.
                Err(GraphError::Unreachable(_) | GraphError::Unexpected(_)) => {
                    tracing::warn!(
                        post = post.id,
                        "publish outcome unknown; it will be looked up"
                    );
                }
                Err(GraphError::Meta(Action::Rejected { code, message, .. })) => {
                    self.done(
                        &post,
                        PostResult::Failed {
                            error: format!("rejected:{code}: {message}"),
                            retry_at: None,
                        },
                    )
                    .await?;
                }
                Err(GraphError::Meta(action)) => {
                    let wait = match &action {
                        Action::BackOff { after } => after
                            .and_then(|d| Duration::from_std(d).ok())
                            .unwrap_or(Duration::seconds(super::BACK_OFF_SECS)),
                        _ => Duration::zero(),
                    };
                    self.done(
                        &post,
                        PostResult::Failed {
                            error: "paused".into(),
                            retry_at: Some(now + wait),
                        },
                    )
                    .await?;
                    let err = DeskError::Graph(GraphError::Meta(action));
                    self.record_failure(community, conn, &err).await?;
                    return Ok(published);
                }
            }
        }
        Ok(published)
    }

    async fn done(&self, post: &StatementPost, result: PostResult) -> DeskResult<()> {
        self.desk
            .store()
            .post_done(post.id, &result, self.desk.now())
            .await?;
        self.desk.emit(crate::Change::Workspace);
        Ok(())
    }
}

/// The page's own post with the statement's text, written since the post
/// was queued, if the feed shows one.
async fn find_on_page(
    client: &GraphClient,
    community: &Community,
    token: &str,
    post: &StatementPost,
) -> DeskResult<Option<String>> {
    let since = post.updated_at - Duration::minutes(5);
    let mut after: Option<String> = None;
    for _ in 0..LOOKUP_PAGES {
        let page = client
            .feed(&community.page_id, token, after.as_deref())
            .await?;
        if let Some(found) = page.data.iter().find(|p| {
            p.from_id == community.page_id
                && p.text == post.body
                && super::sync::graph_instant(&p.created_time).is_none_or(|at| at >= since)
        }) {
            return Ok(Some(found.id.clone()));
        }
        match page.after {
            Some(a) => after = Some(a),
            None => break,
        }
    }
    Ok(None)
}
