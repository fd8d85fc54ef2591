-- Reports (docs/decisions/025-report-definitions.md): when a case was last
-- reopened, and what a report keeps of each case between reports (its keys
-- and its clocks in business time), so that a period's figures are summed
-- by the database instead of reading every case. The desk keeps the facts
-- up to date from the change log; `report_state` is how far it got, per
-- database login (a team member sees and refreshes only its communities'
-- facts), and with which policies (`basis`).
ALTER TABLE cases ADD COLUMN reopened_at TIMESTAMPTZ;

CREATE TABLE report_facts (
    case_id            BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    community_id       BIGINT NOT NULL,
    kind               TEXT NOT NULL,
    assignee_id        BIGINT,
    topic              TEXT,
    crisis_id          BIGINT,
    opened_at          TIMESTAMPTZ NOT NULL,
    resolved_at        TIMESTAMPTZ,
    first_response_due TIMESTAMPTZ NOT NULL,
    first_response_at  TIMESTAMPTZ,
    first_response_s   BIGINT,
    resolution_due     TIMESTAMPTZ,
    resolution_s       BIGINT,
    resolution_met     BOOLEAN,
    reopened_at        TIMESTAMPTZ,
    opened_how         SMALLINT NOT NULL,
    opened_week        DATE NOT NULL,
    resolved_week      DATE,
    PRIMARY KEY (community_id, case_id)
);
-- No index: a report reads the facts whole, one pass in storage order,
-- which is faster than a million lookups through an index of times.

CREATE TABLE report_state (
    viewer TEXT PRIMARY KEY,
    seq    BIGINT NOT NULL,
    basis  TEXT NOT NULL
);

-- A team member sees and writes the facts of its own communities only, as
-- every other table with community data (0013_team_access.sql).
DO $migration$
DECLARE
    s text := current_schema();
BEGIN
    EXECUTE format('ALTER TABLE %I.report_facts ENABLE ROW LEVEL SECURITY', s);
    EXECUTE format('ALTER TABLE %I.report_facts FORCE ROW LEVEL SECURITY', s);
    EXECUTE format(
        'CREATE POLICY switchboard_community ON %1$I.report_facts FOR ALL
         USING ((SELECT %1$I.switchboard_sees_all())
                OR community_id = ANY ((SELECT %1$I.switchboard_my_communities())::bigint[]))
         WITH CHECK ((SELECT %1$I.switchboard_sees_all())
                OR community_id = ANY ((SELECT %1$I.switchboard_my_communities())::bigint[]))', s);
END
$migration$;
