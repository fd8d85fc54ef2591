-- Crisis clusters kept between readings (docs/decisions/031-cluster-replies.md):
-- a cluster's id holds from one reading to the next, so that an agent can
-- name it, merge it, split it, and answer it by that id. `clusters` holds
-- the agent's name for a cluster (none: the automatic label);
-- `cluster_cases` where each open case stands, and whether an agent put it
-- there (`placed`: the next reading leaves it where it was put).
CREATE TABLE clusters (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label      TEXT,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE cluster_cases (
    case_id      BIGINT PRIMARY KEY REFERENCES cases(id),
    community_id BIGINT NOT NULL REFERENCES communities(id),
    cluster_id   BIGINT NOT NULL REFERENCES clusters(id),
    placed       BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX cluster_cases_cluster ON cluster_cases (cluster_id);

-- A reply sent to many cases at once carries the key of what was sent
-- ("template:12"): a case gets the same bulk reply once, however often the
-- agent runs it.
ALTER TABLE outbox ADD COLUMN bulk_key TEXT;
CREATE UNIQUE INDEX outbox_bulk ON outbox (bulk_key, case_id) WHERE bulk_key IS NOT NULL;

-- A team member sees and places the cases of its own communities only, as
-- every other table with community data (0013_team_access.sql).
DO $migration$
DECLARE
    s text := current_schema();
BEGIN
    EXECUTE format('ALTER TABLE %I.cluster_cases ENABLE ROW LEVEL SECURITY', s);
    EXECUTE format('ALTER TABLE %I.cluster_cases FORCE ROW LEVEL SECURITY', s);
    EXECUTE format(
        'CREATE POLICY switchboard_community ON %1$I.cluster_cases FOR ALL
         USING ((SELECT %1$I.switchboard_sees_all())
                OR community_id = ANY ((SELECT %1$I.switchboard_my_communities())::bigint[]))
         WITH CHECK ((SELECT %1$I.switchboard_sees_all())
                OR community_id = ANY ((SELECT %1$I.switchboard_my_communities())::bigint[]))', s);
END
$migration$;
