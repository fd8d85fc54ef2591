-- The community matrix counts open cases per community, with their
-- running clocks: this index answers it without reading the cases table.
CREATE INDEX cases_open_counts ON cases (community_id, due_at, risk_at, awaiting_reply_since)
    WHERE status <> 'resolved';
