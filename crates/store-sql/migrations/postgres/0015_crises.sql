-- Crisis mode (docs/decisions/023-crises-playbooks-statements.md).
--
-- Playbooks are prepared beforehand, one per kind of incident: the crisis
-- terms and guidance for helpers. Their holding statement is the template
-- `playbook-<id>` (topic `statement`), so it has variants per brand and
-- locale, checks and files like every template.
CREATE TABLE playbooks (
    id                     TEXT PRIMARY KEY,
    name                   TEXT NOT NULL,
    first_response_minutes BIGINT NOT NULL,
    resolution_minutes     BIGINT NOT NULL,
    guidance               TEXT NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL
);

-- A declared crisis over a scope (all, a brand, a language, a community);
-- running while ended_at is NULL. Its statement is the template
-- `crisis-<id>-statement`.
CREATE TABLE crises (
    id                     BIGSERIAL PRIMARY KEY,
    name                   TEXT NOT NULL,
    scope_kind             TEXT NOT NULL,
    scope_value            TEXT NOT NULL,
    playbook_id            TEXT,
    first_response_minutes BIGINT NOT NULL,
    resolution_minutes     BIGINT NOT NULL,
    declared_at            TIMESTAMPTZ NOT NULL,
    declared_by            TEXT NOT NULL,
    ended_at               TIMESTAMPTZ,
    ended_by               TEXT
);

-- The crisis running over the case's community when the case opened.
ALTER TABLE cases ADD COLUMN crisis_id BIGINT REFERENCES crises(id);
CREATE INDEX cases_crisis ON cases (crisis_id) WHERE crisis_id IS NOT NULL;

-- The holding statement's post on each community's page: queued by
-- publishing, sent by the community's sender like a reply (leased while on
-- its way), edited in place when the statement changes. `body` is what the
-- page should show; `published_body` what it shows now.
CREATE TABLE statement_posts (
    id              BIGSERIAL PRIMARY KEY,
    crisis_id       BIGINT NOT NULL REFERENCES crises(id),
    community_id    BIGINT NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    locale          TEXT NOT NULL,
    body            TEXT NOT NULL,
    state           TEXT NOT NULL,
    post_id         TEXT,
    published_body  TEXT,
    attempts        BIGINT NOT NULL DEFAULT 0,
    error           TEXT,
    lease_owner     TEXT,
    lease_until     TIMESTAMPTZ,
    next_attempt_at TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    published_at    TIMESTAMPTZ,
    UNIQUE (crisis_id, community_id)
);
CREATE INDEX statement_posts_unsent ON statement_posts (state, id) WHERE state <> 'sent';

-- A team member sees the posts of its own communities only, as every other
-- table with community data (0013_team_access.sql).
DO $migration$
DECLARE
    s text := current_schema();
BEGIN
    EXECUTE format('ALTER TABLE %I.statement_posts ENABLE ROW LEVEL SECURITY', s);
    EXECUTE format('ALTER TABLE %I.statement_posts FORCE ROW LEVEL SECURITY', s);
    EXECUTE format(
        'CREATE POLICY switchboard_community ON %1$I.statement_posts FOR ALL
         USING ((SELECT %1$I.switchboard_sees_all())
                OR community_id = ANY ((SELECT %1$I.switchboard_my_communities())::bigint[]))
         WITH CHECK ((SELECT %1$I.switchboard_sees_all())
                OR community_id = ANY ((SELECT %1$I.switchboard_my_communities())::bigint[]))', s);
END
$migration$;
