-- Who wrote when, per community: spike detection reads a community's
-- inbound messages by time (and its first one, where its history begins).
CREATE INDEX messages_inbound_by_time ON messages (community_id, created_at) WHERE direction = 'inbound';
