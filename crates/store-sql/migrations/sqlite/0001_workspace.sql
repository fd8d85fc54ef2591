-- Switchboard's embedded schema. Times are INTEGER milliseconds since the
-- Unix epoch (UTC); ids are INTEGER PRIMARY KEY (rowid aliases).

CREATE TABLE brands (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE
);

CREATE TABLE communities (
    id       INTEGER PRIMARY KEY,
    brand_id INTEGER NOT NULL REFERENCES brands(id),
    locale   TEXT NOT NULL,
    platform TEXT NOT NULL,
    page_id  TEXT NOT NULL,
    handle   TEXT NOT NULL UNIQUE,
    UNIQUE (platform, page_id)
);

-- The policy is read whole and rarely; JSON keeps week and holidays together.
CREATE TABLE sla_policies (
    community_id INTEGER PRIMARY KEY REFERENCES communities(id) ON DELETE CASCADE,
    policy       TEXT NOT NULL
);

CREATE TABLE agents (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    initials TEXT NOT NULL UNIQUE,
    email    TEXT NOT NULL
);

CREATE TABLE experts (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    department TEXT NOT NULL,
    topics     TEXT NOT NULL,   -- JSON array of strings
    languages  TEXT NOT NULL,   -- JSON array of language subtags
    time_zone  TEXT NOT NULL,
    email      TEXT NOT NULL
);

CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES communities(id),
    external_id  TEXT NOT NULL,
    name         TEXT NOT NULL,
    UNIQUE (community_id, external_id)
);

CREATE TABLE cases (
    id                     INTEGER PRIMARY KEY,
    community_id           INTEGER NOT NULL REFERENCES communities(id),
    contact_id             INTEGER NOT NULL REFERENCES contacts(id),
    kind                   TEXT NOT NULL,
    thread_key             TEXT NOT NULL,
    status                 TEXT NOT NULL,
    assignee_id            INTEGER REFERENCES agents(id),
    subject                TEXT NOT NULL,
    topic                  TEXT,
    linked_case_id         INTEGER REFERENCES cases(id),
    opened_at              INTEGER NOT NULL,
    updated_at             INTEGER NOT NULL,
    resolved_at            INTEGER,
    last_inbound_at        INTEGER NOT NULL,
    awaiting_reply_since   INTEGER,
    sla_started_at         INTEGER NOT NULL,
    first_response_due     INTEGER NOT NULL,
    first_response_risk    INTEGER NOT NULL,
    first_response_at      INTEGER,
    resolution_paused_secs INTEGER NOT NULL,
    paused_since           INTEGER,
    resolution_due         INTEGER,
    resolution_risk        INTEGER,
    -- The running clock (derived from the columns above on every write), so
    -- that queues and counts are plain index range scans.
    due_at                 INTEGER,
    risk_at                INTEGER,
    -- Queue order: running clocks by due time, then paused cases by age.
    urgency                INTEGER NOT NULL
);

CREATE INDEX cases_queue_by_community ON cases (community_id, urgency) WHERE status <> 'resolved';
CREATE INDEX cases_queue_all ON cases (urgency) WHERE status <> 'resolved';
CREATE INDEX cases_thread ON cases (community_id, thread_key, id);
CREATE INDEX cases_contact ON cases (contact_id);

CREATE TABLE messages (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id),
    community_id INTEGER NOT NULL REFERENCES communities(id),
    direction    TEXT NOT NULL,
    author       TEXT NOT NULL,
    body         TEXT NOT NULL,
    external_id  TEXT,
    created_at   INTEGER NOT NULL
);

-- Idempotent inbound: one row per platform message id in a community.
CREATE UNIQUE INDEX messages_external ON messages (community_id, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX messages_case ON messages (case_id, created_at);

CREATE VIRTUAL TABLE messages_fts USING fts5(
    body,
    content = 'messages',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body);
END;

CREATE TABLE handoffs (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    expert_id   INTEGER NOT NULL REFERENCES experts(id),
    question    TEXT NOT NULL,
    excerpt     TEXT NOT NULL,
    state       TEXT NOT NULL,
    asked_at    INTEGER NOT NULL,
    due_at      INTEGER NOT NULL,
    answered_at INTEGER,
    answer      TEXT
);
CREATE INDEX handoffs_case ON handoffs (case_id);

-- Every write appends the ids it touched; other processes (the desktop
-- window while the CLI writes) follow this log to refresh what they show.
CREATE TABLE changes (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    at           INTEGER NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    INTEGER NOT NULL,
    community_id INTEGER
);
