-- Presence: who is viewing or typing on which case right now, and who is
-- online in the workspace. Written by heartbeats (every ~10 s from a
-- window) and read by polling; never in the change log, which would grow
-- by a row per heartbeat. Rows older than 30 s are not shown; the next
-- heartbeat of anyone forgets rows older than 10 minutes.
-- community_id is kept on each row so that row-level security can key on
-- it like every other table carrying community data.
CREATE TABLE presence (
    agent_id     BIGINT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    case_id      BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    community_id BIGINT NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('viewing', 'typing')),
    seen_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (agent_id, case_id)
);

CREATE INDEX presence_case ON presence (case_id);
CREATE INDEX presence_community ON presence (community_id);

-- Workspace-level heartbeats: the window beats here even with no case
-- open, for the header's "team" badge.
CREATE TABLE online (
    agent_id BIGINT PRIMARY KEY REFERENCES agents(id) ON DELETE CASCADE,
    seen_at  TIMESTAMPTZ NOT NULL
);
