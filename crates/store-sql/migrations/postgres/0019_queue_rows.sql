-- A queue page reads its rows from one of these indexes (index-only where
-- the table's pages are all-visible) and the table of contacts: each
-- carries every column of a queue row (store's `QueueRow`) for the open
-- cases, in queue order. The unified queue filtered by status read the
-- urgency index past the thousands of cases waiting for the customer
-- (their paused clocks sort first); it now reads each status's range in
-- order and merges them (docs/decisions/029-queue-reads.md).
CREATE INDEX cases_queue_community ON cases (community_id, urgency, id)
    INCLUDE (status, kind, thread_key, subject, topic, assignee_id, opened_at,
    last_inbound_at, crisis_id, risk_at, due_at, contact_id) WHERE status <> 'resolved';
CREATE INDEX cases_queue_status ON cases (status, urgency, id)
    INCLUDE (community_id, kind, thread_key, subject, topic, assignee_id, opened_at,
    last_inbound_at, crisis_id, risk_at, due_at, contact_id) WHERE status <> 'resolved';
DROP INDEX cases_queue_all_ordered;
DROP INDEX cases_queue_community_ordered;
