-- Reports grouped by anything but the community (channel, agent, topic,
-- crisis, the week a case opened or was resolved in) made SQLite sort every
-- fact of the period: over a year, a million rows and one to two seconds.
-- Each of these indexes holds every column a report sums, in the order of
-- the community and then one grouping key, so a grouped report is one pass
-- through its index with no sort and no lookup, and can be read in parts
-- (a range of communities each) at once. They cost about 45 MB each on a
-- year of a million cases (docs/decisions/025-report-definitions.md).
-- PostgreSQL hashes its groups and needs none of them.
CREATE INDEX report_facts_by_kind ON report_facts (community_id, kind, opened_at, resolved_at,
    reopened_at, first_response_at, first_response_due, first_response_s,
    resolution_due, resolution_s, resolution_met, opened_how);
CREATE INDEX report_facts_by_assignee ON report_facts (community_id, assignee_id, opened_at, resolved_at,
    reopened_at, first_response_at, first_response_due, first_response_s,
    resolution_due, resolution_s, resolution_met, opened_how);
CREATE INDEX report_facts_by_topic ON report_facts (community_id, topic, opened_at, resolved_at,
    reopened_at, first_response_at, first_response_due, first_response_s,
    resolution_due, resolution_s, resolution_met, opened_how);
CREATE INDEX report_facts_by_crisis ON report_facts (community_id, crisis_id, opened_at, resolved_at,
    reopened_at, first_response_at, first_response_due, first_response_s,
    resolution_due, resolution_s, resolution_met, opened_how);
CREATE INDEX report_facts_by_opened_week ON report_facts (community_id, opened_week, opened_at, resolved_at,
    reopened_at, first_response_at, first_response_due, first_response_s,
    resolution_due, resolution_s, resolution_met, opened_how);
CREATE INDEX report_facts_by_resolved_week ON report_facts (community_id, resolved_week, opened_at, resolved_at,
    reopened_at, first_response_at, first_response_due, first_response_s,
    resolution_due, resolution_s, resolution_met, opened_how);
