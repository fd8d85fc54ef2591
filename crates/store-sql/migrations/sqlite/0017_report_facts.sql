-- Reports (docs/decisions/025-report-definitions.md): when a case was last
-- reopened, and what a report keeps of each case between reports (its keys
-- and its clocks in business time), so that a period's figures are summed
-- by the database instead of reading every case. The desk keeps the facts
-- up to date from the change log; `report_state` is how far it got, per
-- database login, and with which policies (`basis`).
ALTER TABLE cases ADD COLUMN reopened_at INTEGER;

CREATE TABLE report_facts (
    case_id            INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    community_id       INTEGER NOT NULL,
    kind               TEXT NOT NULL,
    assignee_id        INTEGER,
    topic              TEXT,
    crisis_id          INTEGER,
    opened_at          INTEGER NOT NULL,
    resolved_at        INTEGER,
    first_response_due INTEGER NOT NULL,
    first_response_at  INTEGER,
    first_response_s   INTEGER,
    resolution_due     INTEGER,
    resolution_s       INTEGER,
    resolution_met     INTEGER,
    reopened_at        INTEGER,
    opened_how         INTEGER NOT NULL,
    opened_week        TEXT NOT NULL,
    resolved_week      TEXT,
    PRIMARY KEY (community_id, case_id)
) WITHOUT ROWID;
-- Stored in community order (WITHOUT ROWID, keyed by community first): a
-- report reads the facts whole in one pass, and grouped by community it
-- needs no sort. No other index: a pass is faster than a million lookups
-- through an index of times.

CREATE TABLE report_state (
    viewer TEXT PRIMARY KEY,
    seq    INTEGER NOT NULL,
    basis  TEXT NOT NULL
);
