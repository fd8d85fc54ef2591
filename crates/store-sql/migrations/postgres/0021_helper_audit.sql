-- Helpers who join for a crisis day (issue 16, docs/decisions/032-helpers.md)
-- connect with a team login whose membership has an end date. Everything
-- such a login writes to the audit trail is marked, and each reply it
-- writes leaves an entry there too: after the day, the team can read what
-- the helpers answered. The marks are set here, by the database, from the
-- login itself: no client can leave them out or forge them away.
ALTER TABLE audit ADD COLUMN helper BOOLEAN NOT NULL DEFAULT FALSE;

DO $migration$
DECLARE
    s text := current_schema();
BEGIN
    -- The login is a helper's: a membership with an end date (a membership
    -- that ended sees no community, so it writes nothing anyway).
    EXECUTE format($f$
        CREATE FUNCTION %1$I.switchboard_is_helper() RETURNS boolean
        LANGUAGE plpgsql STABLE
        AS $b$ BEGIN
            RETURN NOT %1$I.switchboard_is_owner() AND EXISTS (
                SELECT 1 FROM %1$I.team_members m
                WHERE m.login = current_user::text AND m.until IS NOT NULL);
        END $b$
    $f$, s);

    EXECUTE format($f$
        CREATE FUNCTION %1$I.switchboard_mark_helper() RETURNS trigger
        LANGUAGE plpgsql
        AS $b$ BEGIN
            NEW.helper := %1$I.switchboard_is_helper();
            RETURN NEW;
        END $b$
    $f$, s);
    EXECUTE format(
        'CREATE TRIGGER audit_marks_helpers BEFORE INSERT ON %1$I.audit
         FOR EACH ROW EXECUTE FUNCTION %1$I.switchboard_mark_helper()', s);

    -- A helper's reply: one queued for the platform (a cluster reply has
    -- its own entry already), or one recorded by hand on a page that is
    -- not connected (an outbound message without a platform id).
    EXECUTE format($f$
        CREATE FUNCTION %1$I.switchboard_audit_helper_reply() RETURNS trigger
        LANGUAGE plpgsql
        AS $b$ BEGIN
            IF %1$I.switchboard_is_helper() THEN
                INSERT INTO %1$I.audit (case_id, at, actor, kind, detail)
                VALUES (NEW.case_id, NEW.created_at, NEW.author, 'helper_reply',
                        left(NEW.body, 200));
            END IF;
            RETURN NULL;
        END $b$
    $f$, s);
    EXECUTE format(
        'CREATE TRIGGER outbox_audits_helper_replies AFTER INSERT ON %1$I.outbox
         FOR EACH ROW WHEN (NEW.bulk_key IS NULL)
         EXECUTE FUNCTION %1$I.switchboard_audit_helper_reply()', s);
    EXECUTE format(
        'CREATE TRIGGER messages_audit_helper_replies AFTER INSERT ON %1$I.messages
         FOR EACH ROW WHEN (NEW.direction = %2$L AND NEW.external_id IS NULL)
         EXECUTE FUNCTION %1$I.switchboard_audit_helper_reply()', s, 'outbound');
END
$migration$;
