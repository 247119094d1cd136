-- Runs after every migration, as the role that owns the schema: the application's role may read and write the
-- archive's rows and nothing more. It cannot create, alter or drop tables, nor touch triggers (only an owner
-- can), and it may only add to the audit log: no UPDATE, DELETE or TRUNCATE there, so the append-only
-- triggers are a second line, not the only one. Tables added by later migrations are covered the next time.
-- When no separate migration role is configured (an external server with one user), there is no one to grant.
-- Processes starting at once (two workers) run this together, and two GRANTs on one object at the same time fail
-- with "tuple concurrently updated": one at a time, under a lock held until this block's transaction ends.
DO $$
BEGIN
    PERFORM pg_advisory_xact_lock(5509438862154596355);
    IF current_user <> '${applicationRole}' AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${applicationRole}') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', '${applicationRole}');
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', '${applicationRole}');
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', '${applicationRole}');
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %I', '${applicationRole}');
        EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', '${applicationRole}');
    END IF;
END
$$;
