-- A case snoozed until a time (issue 18): it waits for the customer and
-- comes back by itself at that time if they have not answered.
ALTER TABLE cases ADD COLUMN snoozed_until TIMESTAMPTZ;
CREATE INDEX cases_snoozed ON cases (snoozed_until) WHERE snoozed_until IS NOT NULL;
