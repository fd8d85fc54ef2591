-- Queues are ordered by (urgency, id). SQLite's indexes carry the rowid in
-- order, PostgreSQL's do not: without id in the key, the planner reads every
-- open case and sorts (55 ms on a year of data) instead of stopping after a
-- page (under 1 ms).
CREATE INDEX cases_queue_all_ordered ON cases (urgency, id) WHERE status <> 'resolved';
CREATE INDEX cases_queue_community_ordered ON cases (community_id, urgency, id)
    WHERE status <> 'resolved';
DROP INDEX cases_queue_all;
DROP INDEX cases_queue_by_community;
