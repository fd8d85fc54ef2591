-- Drafts saved as an agent types, one per (case, agent); and indexes for
-- finding cases whose SLA clock just crossed its at-risk or due time.
CREATE TABLE drafts (
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    agent_id   INTEGER NOT NULL REFERENCES agents(id),
    body       TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (case_id, agent_id)
);
CREATE INDEX cases_open_risk ON cases (risk_at) WHERE status <> 'resolved';
CREATE INDEX cases_open_due ON cases (due_at) WHERE status <> 'resolved';
