-- Switchboard's team schema. Times are TIMESTAMPTZ; ids are BIGINT identities.

CREATE TABLE brands (
    id   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE
);

CREATE TABLE communities (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    brand_id BIGINT NOT NULL REFERENCES brands(id),
    locale   TEXT NOT NULL,
    platform TEXT NOT NULL,
    page_id  TEXT NOT NULL,
    handle   TEXT NOT NULL UNIQUE,
    CONSTRAINT communities_page_id_key UNIQUE (platform, page_id)
);

CREATE TABLE sla_policies (
    community_id BIGINT PRIMARY KEY REFERENCES communities(id) ON DELETE CASCADE,
    policy       JSONB NOT NULL
);

CREATE TABLE agents (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name     TEXT NOT NULL,
    initials TEXT NOT NULL UNIQUE,
    email    TEXT NOT NULL
);

CREATE TABLE experts (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       TEXT NOT NULL,
    department TEXT NOT NULL,
    topics     TEXT[] NOT NULL,
    languages  TEXT[] NOT NULL,
    time_zone  TEXT NOT NULL,
    email      TEXT NOT NULL
);

CREATE TABLE contacts (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    community_id BIGINT NOT NULL REFERENCES communities(id),
    external_id  TEXT NOT NULL,
    name         TEXT NOT NULL,
    UNIQUE (community_id, external_id)
);

CREATE TABLE cases (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    community_id           BIGINT NOT NULL REFERENCES communities(id),
    contact_id             BIGINT NOT NULL REFERENCES contacts(id),
    kind                   TEXT NOT NULL,
    thread_key             TEXT NOT NULL,
    status                 TEXT NOT NULL,
    assignee_id            BIGINT REFERENCES agents(id),
    subject                TEXT NOT NULL,
    topic                  TEXT,
    linked_case_id         BIGINT REFERENCES cases(id),
    opened_at              TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL,
    resolved_at            TIMESTAMPTZ,
    last_inbound_at        TIMESTAMPTZ NOT NULL,
    awaiting_reply_since   TIMESTAMPTZ,
    sla_started_at         TIMESTAMPTZ NOT NULL,
    first_response_due     TIMESTAMPTZ NOT NULL,
    first_response_risk    TIMESTAMPTZ NOT NULL,
    first_response_at      TIMESTAMPTZ,
    resolution_paused_secs BIGINT NOT NULL,
    paused_since           TIMESTAMPTZ,
    resolution_due         TIMESTAMPTZ,
    resolution_risk        TIMESTAMPTZ,
    -- The running clock, derived on every write (see the store crate's Urgency).
    due_at                 TIMESTAMPTZ,
    risk_at                TIMESTAMPTZ,
    urgency                BIGINT NOT NULL
);

CREATE INDEX cases_queue_by_community ON cases (community_id, urgency) WHERE status <> 'resolved';
CREATE INDEX cases_queue_all ON cases (urgency) WHERE status <> 'resolved';
CREATE INDEX cases_thread ON cases (community_id, thread_key, id);
CREATE INDEX cases_contact ON cases (contact_id);

CREATE TABLE messages (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      BIGINT NOT NULL REFERENCES cases(id),
    community_id BIGINT NOT NULL REFERENCES communities(id),
    direction    TEXT NOT NULL,
    author       TEXT NOT NULL,
    body         TEXT NOT NULL,
    external_id  TEXT,
    created_at   TIMESTAMPTZ NOT NULL,
    -- 'simple': no stemming, the same for every language of the workspace.
    body_tsv     TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED
);

CREATE UNIQUE INDEX messages_external ON messages (community_id, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX messages_case ON messages (case_id, created_at);
CREATE INDEX messages_search ON messages USING GIN (body_tsv);

CREATE TABLE handoffs (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES cases(id),
    expert_id   BIGINT NOT NULL REFERENCES experts(id),
    question    TEXT NOT NULL,
    excerpt     TEXT NOT NULL,
    state       TEXT NOT NULL,
    asked_at    TIMESTAMPTZ NOT NULL,
    due_at      TIMESTAMPTZ NOT NULL,
    answered_at TIMESTAMPTZ,
    answer      TEXT
);
CREATE INDEX handoffs_case ON handoffs (case_id);

CREATE TABLE changes (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           TIMESTAMPTZ NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    BIGINT NOT NULL,
    community_id BIGINT
);
