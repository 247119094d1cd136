-- Which documents' dossier links changed, and by which transaction. A reindex notes the transactions its start
-- cannot see (a PostgreSQL snapshot) and copies the links of the documents they changed onto the new index before
-- and after switching to it, so that no attach, detach or re-import made during the rebuild is lost. Triggers keep
-- it, whoever writes the links.
CREATE TABLE dossier_link_changes (
    document_id TEXT        PRIMARY KEY,
    changed_by  xid8        NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);

CREATE FUNCTION note_dossier_link_change(document TEXT) RETURNS void LANGUAGE sql AS $$
    INSERT INTO dossier_link_changes (document_id, changed_by, changed_at)
    VALUES (document, pg_current_xact_id(), clock_timestamp())
    ON CONFLICT (document_id) DO UPDATE SET changed_by = excluded.changed_by, changed_at = excluded.changed_at
$$;

CREATE FUNCTION dossier_document_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM note_dossier_link_change(OLD.document_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM note_dossier_link_change(NEW.document_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER dossier_documents_changed AFTER INSERT OR UPDATE OR DELETE ON dossier_documents
    FOR EACH ROW EXECUTE FUNCTION dossier_document_changed();

-- A linked dossier's field and procedure are copied onto its documents' entries too.
CREATE FUNCTION linked_dossier_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM note_dossier_link_change(l.document_id) FROM dossier_documents l WHERE l.dossier_code = NEW.code;
    RETURN NULL;
END
$$;

CREATE TRIGGER dossiers_linked_changed AFTER UPDATE ON dossiers
    FOR EACH ROW WHEN (OLD.field IS DISTINCT FROM NEW.field OR OLD.procedure_name IS DISTINCT FROM NEW.procedure_name)
    EXECUTE FUNCTION linked_dossier_changed();
