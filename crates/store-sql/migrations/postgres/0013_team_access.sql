-- Team mode (docs/decisions/017-team-identity-and-rls.md): each member
-- connects with a login of their own; the login names the agent and the
-- communities it may see, and PostgreSQL itself keeps every other
-- community's rows out of its reach (row-level security, FORCEd so that
-- the owner goes through the policies too, where it sees everything).
--
-- Who sees what, decided once per statement (each function is called from
-- a scalar subquery, an InitPlan, never per row):
-- - switchboard_is_owner(): the login owns the desk's tables (or has their
--   owner's rights, or is a superuser): everything;
-- - switchboard_sees_all(): the owner, or any login while team mode is not
--   set up (no row in team_config: solo use of a shared database stays as
--   it was);
-- - switchboard_my_communities(): the communities of the login's own
--   membership while it runs (`until` unset or in the future), else none.
-- None is SECURITY DEFINER: each reads the team tables with the caller's
-- rights, under their policies. Each names its tables with their schema, so
-- a temporary table of the same name cannot stand in for the real one
-- (functions and operators come from pg_catalog first, and never from
-- pg_temp). They are PL/pgSQL, whose statements are planned once per
-- session: an SQL function with a FROM is planned again at every call,
-- which cost a member's queue page about 2 ms.

CREATE TABLE team_config (
    -- The NOLOGIN role every member's login belongs to.
    group_role TEXT NOT NULL,
    set_up_at  TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX team_config_one_row ON team_config ((true));

CREATE TABLE team_members (
    login      TEXT PRIMARY KEY,
    agent_id   BIGINT NOT NULL UNIQUE REFERENCES agents(id) ON DELETE CASCADE,
    -- A helper's membership ends then; NULL: it does not end.
    until      TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE team_member_communities (
    login        TEXT NOT NULL REFERENCES team_members(login) ON DELETE CASCADE,
    community_id BIGINT NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    PRIMARY KEY (login, community_id)
);

DO $migration$
DECLARE
    s text := current_schema();
    t record;
    see text;
    has_case boolean;
    has_message boolean;
    community_nullable boolean;
    using_expr text;
    check_expr text;
BEGIN
    EXECUTE format($f$
        CREATE FUNCTION %1$I.switchboard_is_owner() RETURNS boolean
        LANGUAGE plpgsql STABLE
        AS $b$ BEGIN
            RETURN (SELECT pg_has_role(current_user, c.relowner, 'MEMBER')
                    FROM pg_catalog.pg_class c WHERE c.oid = %2$L::regclass);
        END $b$
    $f$, s, format('%I.%I', s, 'team_config'));

    EXECUTE format($f$
        CREATE FUNCTION %1$I.switchboard_sees_all() RETURNS boolean
        LANGUAGE plpgsql STABLE
        AS $b$ BEGIN
            RETURN %1$I.switchboard_is_owner()
                OR NOT EXISTS (SELECT 1 FROM %1$I.team_config);
        END $b$
    $f$, s);

    EXECUTE format($f$
        CREATE FUNCTION %1$I.switchboard_my_communities() RETURNS bigint[]
        LANGUAGE plpgsql STABLE
        AS $b$ BEGIN
            RETURN (SELECT coalesce(array_agg(mc.community_id), '{}')
                    FROM %1$I.team_members m
                    JOIN %1$I.team_member_communities mc ON mc.login = m.login
                    WHERE m.login = current_user::text
                      AND (m.until IS NULL OR m.until > now()));
        END $b$
    $f$, s);

    -- The team tables: a member reads its own membership, the owner all.
    FOR t IN SELECT unnest(ARRAY['team_members', 'team_member_communities']) AS name LOOP
        EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', s, t.name);
        EXECUTE format('ALTER TABLE %I.%I FORCE ROW LEVEL SECURITY', s, t.name);
        EXECUTE format(
            'CREATE POLICY switchboard_own_membership ON %1$I.%2$I FOR ALL
             USING (login = current_user::text OR (SELECT %1$I.switchboard_is_owner()))
             WITH CHECK ((SELECT %1$I.switchboard_is_owner()))', s, t.name);
    END LOOP;

    see := format('(SELECT %I.switchboard_sees_all())', s);

    -- Communities: a member sees its own.
    EXECUTE format('ALTER TABLE %I.communities ENABLE ROW LEVEL SECURITY', s);
    EXECUTE format('ALTER TABLE %I.communities FORCE ROW LEVEL SECURITY', s);
    EXECUTE format(
        'CREATE POLICY switchboard_community ON %1$I.communities FOR ALL
         USING (%2$s OR id = ANY ((SELECT %1$I.switchboard_my_communities())::bigint[]))
         WITH CHECK (%2$s OR id = ANY ((SELECT %1$I.switchboard_my_communities())::bigint[]))', s, see);

    -- Every other table that carries a community's data: by its
    -- community_id (a NULL one, as in the change log's workspace-wide
    -- entries, belongs to no community and is seen by all), else through
    -- the case or the message it belongs to, which are themselves under
    -- their policies. A table that already has policies (a migration that
    -- wrote its own) is left as it is.
    FOR t IN
        SELECT c.relname AS name
        FROM pg_class c
        WHERE c.relnamespace = (SELECT n.oid FROM pg_namespace n WHERE n.nspname = s) AND c.relkind = 'r'
          AND c.relname NOT IN ('communities', 'team_members', 'team_member_communities')
          AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid)
          AND EXISTS (SELECT 1 FROM pg_attribute a
                      WHERE a.attrelid = c.oid AND NOT a.attisdropped AND a.attnum > 0
                        AND a.attname IN ('community_id', 'case_id', 'message_id'))
        ORDER BY c.relname
    LOOP
        SELECT NOT a.attnotnull INTO community_nullable FROM pg_attribute a
        WHERE a.attrelid = format('%I.%I', s, t.name)::regclass
          AND a.attname = 'community_id' AND NOT a.attisdropped;
        SELECT count(*) > 0 INTO has_case FROM pg_attribute a
        WHERE a.attrelid = format('%I.%I', s, t.name)::regclass
          AND a.attname = 'case_id' AND NOT a.attisdropped;
        SELECT count(*) > 0 INTO has_message FROM pg_attribute a
        WHERE a.attrelid = format('%I.%I', s, t.name)::regclass
          AND a.attname = 'message_id' AND NOT a.attisdropped;
        IF community_nullable IS NOT NULL THEN
            using_expr := format('community_id = ANY ((SELECT %I.switchboard_my_communities())::bigint[])', s);
            IF community_nullable THEN
                using_expr := format('(community_id IS NULL OR %s)', using_expr);
            END IF;
            check_expr := using_expr;
            IF has_case THEN
                -- A row may not say it is this community's while it belongs
                -- to another community's case.
                check_expr := format('(%s AND EXISTS (SELECT 1 FROM %I.cases k WHERE k.id = case_id))',
                                     check_expr, s);
            END IF;
        ELSIF has_case THEN
            using_expr := format('EXISTS (SELECT 1 FROM %I.cases k WHERE k.id = case_id)', s);
            check_expr := using_expr;
        ELSE
            using_expr := format('EXISTS (SELECT 1 FROM %I.messages k WHERE k.id = message_id)', s);
            check_expr := using_expr;
        END IF;
        EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', s, t.name);
        EXECUTE format('ALTER TABLE %I.%I FORCE ROW LEVEL SECURITY', s, t.name);
        EXECUTE format('CREATE POLICY switchboard_community ON %I.%I FOR ALL
                        USING (%s OR %s) WITH CHECK (%s OR %s)',
                       s, t.name, see, using_expr, see, check_expr);
    END LOOP;
END
$migration$;
