-- The people of a team database (`leadledger team add-user`, `remove-user`,
-- `reset-password`), as functions on the server that only the owner group
-- may run. They are SECURITY DEFINER, owned by the login that prepared the
-- roles (it may create roles; an owner's login need not), so an owner
-- manages exactly this database's people and no other role of the server.
--
-- Every name and password reaches a statement through format()'s %I and
-- %L, which quote an identifier and a literal; nothing the user typed is
-- ever joined into SQL text. A failure is raised again with its own
-- message only, so the statement (with the password in it) is never part
-- of an error's context, neither in the answer nor in the server's log.
-- The search path is fixed to the catalog, and the functions' own are
-- named with their schema: a definer's function must not find another
-- role's objects first.

CREATE OR REPLACE FUNCTION ll_group(seat TEXT) RETURNS TEXT
    LANGUAGE sql STABLE SET search_path = pg_catalog
    RETURN 'leadledger_' || current_database() || '_' || seat;

-- Whether `login` is a person of this database: a login role in one of
-- its three groups, never a superuser.
CREATE OR REPLACE FUNCTION ll_is_person(login TEXT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SET search_path = pg_catalog
    RETURN EXISTS (
        SELECT 1 FROM pg_auth_members a
        JOIN pg_roles g ON g.oid = a.roleid
        JOIN pg_roles m ON m.oid = a.member
        WHERE m.rolname = login AND m.rolcanlogin AND NOT m.rolsuper
          AND g.rolname IN (public.ll_group('owner'), public.ll_group('sales'),
                            public.ll_group('desk')));

CREATE OR REPLACE FUNCTION ll_require_owner() RETURNS VOID
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog AS $$
BEGIN
    IF NOT pg_has_role(session_user, public.ll_group('owner'), 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'only an owner''s login may manage the people of this database';
    END IF;
END
$$;

-- An owner asking about one of this database's people.
CREATE OR REPLACE FUNCTION ll_require_person(login TEXT) RETURNS VOID
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog AS $$
BEGIN
    PERFORM public.ll_require_owner();
    IF NOT public.ll_is_person(login) THEN
        RAISE EXCEPTION USING ERRCODE = '42704',
            MESSAGE = format('%s is not a person of this team database', login);
    END IF;
END
$$;

-- Whether `login` was made by this database's ll_add_user (its comment
-- says so). Only such a login's password is this database's owners' to
-- set, and only such a login is dropped from the server when removed: a
-- login the administrator made (and joined to a group, as `team upgrade`
-- leaves the logins of a database from before roles) may be in use
-- elsewhere on the server.
CREATE OR REPLACE FUNCTION ll_made_here(login TEXT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SET search_path = pg_catalog
    RETURN coalesce((SELECT shobj_description(oid, 'pg_authid') FROM pg_roles
                     WHERE rolname = login), '')
           = 'leadledger person of ' || current_database();

CREATE OR REPLACE FUNCTION ll_add_user(login TEXT, seat TEXT, secret TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog SET password_encryption = 'scram-sha-256' AS $$
DECLARE
    existing pg_roles%ROWTYPE;
BEGIN
    PERFORM public.ll_require_owner();
    IF seat IS NULL OR seat NOT IN ('owner', 'sales', 'desk') THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'the role must be owner, sales or desk';
    END IF;
    SELECT * INTO existing FROM pg_roles WHERE rolname = login;
    IF FOUND THEN
        IF public.ll_is_person(login) THEN
            RAISE EXCEPTION USING ERRCODE = '42710',
                MESSAGE = format('%s is a person of this team database already; remove them '
                                 'first to give them another role', login);
        END IF;
        IF existing.rolsuper OR NOT existing.rolcanlogin THEN
            RAISE EXCEPTION USING ERRCODE = '42710',
                MESSAGE = format('the server already has a role named %s that is not a '
                                 'login Leadledger can add', login);
        END IF;
        -- A login of the server's (one of a database from before roles):
        -- it joins the group and keeps its password.
        EXECUTE format('GRANT %I TO %I', public.ll_group(seat), login);
        RETURN;
    END IF;
    IF secret IS NULL OR secret = '' THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'a new login needs a password';
    END IF;
    BEGIN
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, secret);
        EXECUTE format('COMMENT ON ROLE %I IS %L', login,
                       'leadledger person of ' || current_database());
        EXECUTE format('GRANT %I TO %I', public.ll_group(seat), login);
    EXCEPTION WHEN OTHERS THEN
        RAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = SQLERRM;
    END;
END
$$;

CREATE OR REPLACE FUNCTION ll_remove_user(login TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    PERFORM public.ll_require_person(login);
    IF login = session_user THEN
        RAISE EXCEPTION USING ERRCODE = '55006',
            MESSAGE = 'a login cannot remove itself; another owner does that';
    END IF;
    BEGIN
        EXECUTE format('REVOKE %I, %I, %I FROM %I', public.ll_group('owner'),
                       public.ll_group('sales'), public.ll_group('desk'), login);
        -- Made here and in no other role: the login goes with the person.
        IF public.ll_made_here(login) AND NOT EXISTS (
            SELECT 1 FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member
            WHERE m.rolname = login) THEN
            EXECUTE format('DROP ROLE %I', login);
        END IF;
    EXCEPTION WHEN OTHERS THEN
        RAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = SQLERRM;
    END;
END
$$;

CREATE OR REPLACE FUNCTION ll_reset_password(login TEXT, secret TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog SET password_encryption = 'scram-sha-256' AS $$
BEGIN
    PERFORM public.ll_require_person(login);
    IF NOT public.ll_made_here(login) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('the login %s was not made by this team database; its password '
                             'is for the server''s administrator to change', login);
    END IF;
    BEGIN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login, secret);
    EXCEPTION WHEN OTHERS THEN
        RAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = SQLERRM;
    END;
END
$$;
