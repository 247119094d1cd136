-- Who may use the archive. Passwords are kept only as bcrypt hashes; there is no default user: `./luutru add-user`
-- makes the first administrator, `./luutru demo` makes one user per role with a fresh random password each run.
CREATE TABLE users (
    username      TEXT PRIMARY KEY CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('scanning-staff', 'officer', 'viewer', 'administrator')),
    enabled       BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The audit log: who did what to which thing, when, with the state before and after. Append-only: the triggers
-- below refuse UPDATE, DELETE and TRUNCATE for every database user, the archive's own included.
CREATE TABLE audit_log (
    id           BIGSERIAL PRIMARY KEY,
    at           TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    username     TEXT NOT NULL,
    action       TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id   TEXT NOT NULL,
    before       JSONB,
    after        JSONB,
    remote_addr  TEXT
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_subject ON audit_log (subject_type, subject_id, at DESC);
CREATE INDEX audit_log_user ON audit_log (username, at DESC);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
