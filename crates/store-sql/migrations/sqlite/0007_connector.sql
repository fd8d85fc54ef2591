-- The Meta connector: which communities are connected to their page (the
-- token is in the OS keychain, never here), where each sync stream stopped,
-- and the outbox of replies on their way to the platform.
CREATE TABLE connections (
    community_id    INTEGER PRIMARY KEY REFERENCES communities(id) ON DELETE CASCADE,
    base_url        TEXT NOT NULL,
    -- Meta allows the HUMAN_AGENT tag (replies up to 7 days) to approved apps.
    human_agent     INTEGER NOT NULL DEFAULT 0,
    poll_secs       INTEGER NOT NULL,
    connected_at    INTEGER NOT NULL,
    status          TEXT NOT NULL,
    last_sync_at    INTEGER,
    last_error      TEXT,
    next_attempt_at INTEGER
);

CREATE TABLE sync_cursors (
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    stream       TEXT NOT NULL,
    cursor       TEXT NOT NULL,
    PRIMARY KEY (community_id, stream)
);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    community_id    INTEGER NOT NULL REFERENCES communities(id),
    agent_id        INTEGER NOT NULL REFERENCES agents(id),
    author          TEXT NOT NULL,
    body            TEXT NOT NULL,
    channel         TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    state           TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    error           TEXT,
    external_id     TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    next_attempt_at INTEGER
);
CREATE INDEX outbox_unsent ON outbox (state, id) WHERE state <> 'sent';
CREATE INDEX outbox_case ON outbox (case_id) WHERE state <> 'sent';
