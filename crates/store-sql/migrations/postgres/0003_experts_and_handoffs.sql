-- The expert directory's full profile, the handoff's life after asking, and
-- the audit trail of case events (who asked whom, when, what came back).

ALTER TABLE experts ADD COLUMN chat TEXT NOT NULL DEFAULT '';
-- available | away | out (then out_until, a local date, is set)
ALTER TABLE experts ADD COLUMN availability TEXT NOT NULL DEFAULT 'available';
ALTER TABLE experts ADD COLUMN out_until DATE;
-- Weekly hours in the expert's time zone, as written: `Mon-Fri 09:00-17:00`.
ALTER TABLE experts ADD COLUMN working_hours TEXT NOT NULL DEFAULT 'Mon-Fri 09:00-17:00';
ALTER TABLE experts ADD COLUMN retired_at TIMESTAMPTZ;
CREATE INDEX experts_email ON experts (lower(email));

ALTER TABLE handoffs ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal';
ALTER TABLE handoffs ADD COLUMN asked_by BIGINT REFERENCES agents(id);
ALTER TABLE handoffs ADD COLUMN answered_by TEXT;
ALTER TABLE handoffs ADD COLUMN declined_reason TEXT;
ALTER TABLE handoffs ADD COLUMN closed_at TIMESTAMPTZ;
UPDATE handoffs SET closed_at = answered_at WHERE state <> 'requested';
CREATE INDEX handoffs_expert ON handoffs (expert_id, state, due_at);
CREATE INDEX handoffs_open_due ON handoffs (due_at) WHERE state = 'requested';
CREATE INDEX handoffs_asked ON handoffs (asked_at);

CREATE TABLE audit (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id    BIGINT NOT NULL REFERENCES cases(id),
    at         TIMESTAMPTZ NOT NULL,
    actor      TEXT NOT NULL,
    kind       TEXT NOT NULL,
    handoff_id BIGINT REFERENCES handoffs(id),
    expert_id  BIGINT REFERENCES experts(id),
    detail     TEXT NOT NULL
);
CREATE INDEX audit_case ON audit (case_id, at, id);
