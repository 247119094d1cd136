-- Derivatives worth keeping (hOCR, page text, searchable PDFs) with the SHA-256 they had when written, so that a
-- fixity check can tell a changed or missing one. Originals are checked against documents.sha256. Caches made
-- again on demand (page pictures, thumbnails) and map tiles (cut again from the original) are not listed.
CREATE TABLE stored_files (
    path        TEXT PRIMARY KEY,
    document_id TEXT        NOT NULL,
    sha256      CHAR(64)    NOT NULL,
    size_bytes  BIGINT      NOT NULL,
    stored_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX stored_files_document ON stored_files (document_id);

-- Every fixity check: when, what started it, how much it read, and what it found.
CREATE TABLE fixity_checks (
    id            BIGSERIAL PRIMARY KEY,
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    started_by    TEXT        NOT NULL,
    files_checked INTEGER     NOT NULL DEFAULT 0,
    bytes_checked BIGINT      NOT NULL DEFAULT 0,
    problems      INTEGER     NOT NULL DEFAULT 0
);

CREATE TABLE fixity_problems (
    check_id        BIGINT NOT NULL REFERENCES fixity_checks (id),
    document_id     TEXT   NOT NULL,
    path            TEXT   NOT NULL,
    problem         TEXT   NOT NULL CHECK (problem IN ('missing', 'changed', 'unreadable')),
    expected_sha256 CHAR(64),
    actual_sha256   CHAR(64)
);
CREATE INDEX fixity_problems_check ON fixity_problems (check_id);
