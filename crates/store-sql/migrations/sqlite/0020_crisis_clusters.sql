-- Crisis clusters kept between readings (docs/decisions/031-cluster-replies.md):
-- a cluster's id holds from one reading to the next, so that an agent can
-- name it, merge it, split it, and answer it by that id. `clusters` holds
-- the agent's name for a cluster (none: the automatic label);
-- `cluster_cases` where each open case stands, and whether an agent put it
-- there (`placed`: the next reading leaves it where it was put).
CREATE TABLE clusters (
    id         INTEGER PRIMARY KEY,
    label      TEXT,
    created_at INTEGER NOT NULL
);

CREATE TABLE cluster_cases (
    case_id      INTEGER PRIMARY KEY REFERENCES cases(id),
    community_id INTEGER NOT NULL REFERENCES communities(id),
    cluster_id   INTEGER NOT NULL REFERENCES clusters(id),
    placed       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cluster_cases_cluster ON cluster_cases (cluster_id);

-- A reply sent to many cases at once carries the key of what was sent
-- ("template:12"): a case gets the same bulk reply once, however often the
-- agent runs it.
ALTER TABLE outbox ADD COLUMN bulk_key TEXT;
CREATE UNIQUE INDEX outbox_bulk ON outbox (bulk_key, case_id) WHERE bulk_key IS NOT NULL;
