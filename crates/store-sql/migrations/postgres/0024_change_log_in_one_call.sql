-- A write transaction ends by appending its change-log entries under the
-- change log's lock and notifying the followers (`Tx::commit`,
-- docs/decisions/020-change-log-in-commit-order.md). As three statements
-- that was three round trips on every write, a third of what a fan's
-- message costs to record; this function does the three in one, in the
-- same order: the lock, then the entries (their sequence numbers taken
-- under it, in the order given), then the notification.
--
-- `entries`: a JSON array of [entity, entity_id, community_id or null].
CREATE FUNCTION switchboard_log_changes(lock_key TEXT, channel TEXT, at_ TIMESTAMPTZ, entries JSONB)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(lock_key, 0));
    INSERT INTO changes (at, entity, entity_id, community_id)
    SELECT at_, e ->> 0, (e ->> 1)::BIGINT, (e ->> 2)::BIGINT
    FROM jsonb_array_elements(entries) WITH ORDINALITY AS x(e, n)
    ORDER BY n;
    PERFORM pg_notify(channel, '');
END
$$;
