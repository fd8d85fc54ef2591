-- A queue page reads its rows from one of these indexes and the table of
-- contacts alone: each holds every column of a queue row (store's
-- `QueueRow`) for the open cases, a few per cent of a year's cases, in
-- queue order. Read from the table, a community's page looked up 50
-- scattered cases; the unified queue filtered by status walked the urgency
-- index and read each case's status from the table, past the thousands
-- waiting for the customer (their paused clocks sort first). The unified
-- queue now reads each status's range in order and merges them
-- (docs/decisions/029-queue-reads.md).
DROP INDEX cases_queue_by_community;
DROP INDEX cases_queue_all;
CREATE INDEX cases_queue_community ON cases (community_id, urgency, id, status, kind,
    thread_key, subject, topic, assignee_id, opened_at, last_inbound_at, crisis_id, risk_at,
    due_at, contact_id) WHERE status <> 'resolved';
CREATE INDEX cases_queue_status ON cases (status, urgency, id, community_id, kind,
    thread_key, subject, topic, assignee_id, opened_at, last_inbound_at, crisis_id, risk_at,
    due_at, contact_id) WHERE status <> 'resolved';
