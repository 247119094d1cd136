-- Archival description by Circular 02/2019/TT-BNV (input metadata of archival databases) and the appraisal of
-- files by the Law on Archives 2024: files ("hồ sơ lưu trữ"), the documents they hold, the archivists' edited
-- description of each document, and the appraisal decisions taken on files whose retention period ended.
-- Files are not the one-stop dossiers: a dossier is an applicant's case, a file is the archive's unit of
-- arrangement, retention and destruction. The grants (DML only for the application) come from afterMigrate.

-- One archival file. Its code is fonds.catalogue.file ("mã hồ sơ"); retention_years NULL means permanent
-- ("Vĩnh viễn"). status moves open -> destruction-approved -> destroyed only through appraisal_decisions.
CREATE TABLE archival_files (
    code              TEXT PRIMARY KEY,
    fonds_code        TEXT        NOT NULL,
    catalogue_number  INTEGER     NOT NULL CHECK (catalogue_number > 0),
    box_number        INTEGER     CHECK (box_number > 0),
    file_number       INTEGER     NOT NULL CHECK (file_number > 0),
    title             TEXT        NOT NULL,
    document_type     TEXT,
    retention_years   INTEGER     CHECK (retention_years > 0),
    access_regime     TEXT        NOT NULL CHECK (access_regime IN ('cong-khai', 'han-che')),
    language          TEXT        NOT NULL DEFAULT 'vi',
    start_date        DATE,
    end_date          DATE,
    sheet_count       INTEGER     CHECK (sheet_count >= 0),
    physical_state    TEXT,
    reliability       TEXT        NOT NULL CHECK (reliability IN ('goc-dien-tu', 'so-hoa', 'hon-hop')),
    notes             TEXT,
    status            TEXT        NOT NULL DEFAULT 'open'
                                  CHECK (status IN ('open', 'destruction-approved', 'destroyed')),
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (fonds_code, catalogue_number, file_number),
    CHECK (end_date IS NULL OR start_date IS NULL OR start_date <= end_date)
);

CREATE INDEX archival_files_review ON archival_files (status, end_date);

-- A document belongs to at most one file (the primary key says so), at a position ("số thứ tự văn bản").
CREATE TABLE archival_file_documents (
    document_id TEXT        PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    file_code   TEXT        NOT NULL REFERENCES archival_files (code),
    position    INTEGER     NOT NULL CHECK (position > 0),
    added_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (file_code, position)
);

-- An archivist's description of a document; when there is none, the description is derived on reading from
-- what ingestion read. Once edited, the stored values win.
CREATE TABLE document_descriptions (
    document_id     TEXT        PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    number          TEXT,
    symbol          TEXT,
    issued_on       DATE,
    document_type   TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    issuer          TEXT,
    signer          TEXT,
    language        TEXT        NOT NULL,
    page_count      INTEGER     NOT NULL CHECK (page_count > 0),
    access_regime   TEXT        NOT NULL CHECK (access_regime IN ('cong-khai', 'han-che')),
    information_sign TEXT,
    keywords        TEXT[]      NOT NULL DEFAULT '{}',
    reliability     TEXT        NOT NULL CHECK (reliability IN ('goc-dien-tu', 'so-hoa', 'hon-hop')),
    autograph       TEXT,
    physical_state  TEXT,
    notes           TEXT,
    edited_by       TEXT        NOT NULL,
    edited_at       TIMESTAMPTZ NOT NULL
);

-- Appraisal decisions on files due for review. A destruction is two recorded acts: the decision, then a
-- confirmation by another administrator; the file's originals are not touched before the confirmation.
CREATE TABLE appraisal_decisions (
    id           BIGSERIAL PRIMARY KEY,
    file_code    TEXT        NOT NULL REFERENCES archival_files (code),
    decision     TEXT        NOT NULL CHECK (decision IN ('keep', 'extend', 'destroy')),
    extend_years INTEGER     CHECK (extend_years > 0),
    reason       TEXT        NOT NULL,
    decided_by   TEXT        NOT NULL,
    decided_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    confirmed_by TEXT,
    confirmed_at TIMESTAMPTZ,
    CHECK ((decision = 'extend') = (extend_years IS NOT NULL)),
    CHECK (confirmed_by IS NULL OR (decision = 'destroy' AND confirmed_by <> decided_by))
);

CREATE INDEX appraisal_decisions_file ON appraisal_decisions (file_code, decided_at DESC);
