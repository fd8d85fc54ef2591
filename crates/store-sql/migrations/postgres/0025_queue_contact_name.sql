-- A queue row names the fan who wrote. The name now goes with the case, in
-- the queue indexes, so a page reads one index range and no longer looks up
-- 50 contacts (docs/benchmarks.md, issue 20). A case gets it when written
-- (store's `insert_case`, `update_case`), a rename reaches every case of the
-- contact by the trigger below, with the renaming login's rights (a fan's
-- cases are on the fan's page, which a member renaming them may write).
-- Cases written before this migration keep NULL and a queue that shows
-- them looks the name up, as before. Unlike on SQLite the open cases are
-- not given their names here: on a year of data the 18,637 rows that
-- update moved left the later updates of those cases unable to stay on
-- their page (1,704 of 5,332 HOT instead of all), and the matrix's counts,
-- read from an index of the open cases, slowed run after run (p50 4.9 →
-- 15.7 ms over five benchmark runs; docs/benchmarks.md, issue 20). New
-- cases carry the name from the start.
ALTER TABLE cases ADD COLUMN contact_name TEXT;
DROP INDEX cases_queue_community;
DROP INDEX cases_queue_status;
CREATE INDEX cases_queue_community ON cases (community_id, urgency, id)
    INCLUDE (status, kind, thread_key, subject, topic, assignee_id, opened_at,
    last_inbound_at, crisis_id, risk_at, due_at, contact_id, contact_name)
    WHERE status <> 'resolved';
CREATE INDEX cases_queue_status ON cases (status, urgency, id)
    INCLUDE (community_id, kind, thread_key, subject, topic, assignee_id, opened_at,
    last_inbound_at, crisis_id, risk_at, due_at, contact_id, contact_name)
    WHERE status <> 'resolved';

CREATE FUNCTION switchboard_contact_renamed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE cases SET contact_name = NEW.name WHERE contact_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER contacts_name_to_cases AFTER UPDATE OF name ON contacts
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION switchboard_contact_renamed();
