-- A queue row names the fan who wrote. The name now goes with the case, in
-- the queue indexes, so a page reads one index range and no longer looks up
-- 50 contacts (a third of its time on a year of data; docs/benchmarks.md,
-- issue 20). A case gets it when written (store's `insert_case`,
-- `update_case`), a rename reaches every case of the contact by the trigger
-- below. Cases resolved before this migration keep NULL until they are
-- written again; a queue that shows them looks the name up.
ALTER TABLE cases ADD COLUMN contact_name TEXT;
UPDATE cases SET contact_name = (SELECT name FROM contacts WHERE contacts.id = cases.contact_id)
    WHERE status <> 'resolved';
DROP INDEX cases_queue_community;
DROP INDEX cases_queue_status;
CREATE INDEX cases_queue_community ON cases (community_id, urgency, id, status, kind,
    thread_key, subject, topic, assignee_id, opened_at, last_inbound_at, crisis_id, risk_at,
    due_at, contact_id, contact_name) WHERE status <> 'resolved';
CREATE INDEX cases_queue_status ON cases (status, urgency, id, community_id, kind,
    thread_key, subject, topic, assignee_id, opened_at, last_inbound_at, crisis_id, risk_at,
    due_at, contact_id, contact_name) WHERE status <> 'resolved';
CREATE TRIGGER contacts_name_to_cases AFTER UPDATE OF name ON contacts
    WHEN OLD.name IS NOT NEW.name
BEGIN
    UPDATE cases SET contact_name = NEW.name WHERE contact_id = NEW.id;
END;
