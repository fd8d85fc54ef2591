-- A reply being sent is leased: the process that claimed it (lease_owner)
-- holds it until lease_until (milliseconds, UTC). Only a reply whose lease
-- ran out is looked up on the page and sent again by anyone else.
ALTER TABLE outbox ADD COLUMN lease_owner TEXT;
ALTER TABLE outbox ADD COLUMN lease_until INTEGER;
