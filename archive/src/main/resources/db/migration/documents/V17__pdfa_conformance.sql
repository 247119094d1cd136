-- Whether a born-digital PDF conforms to PDF/A, as veraPDF found at ingestion, and the PDF/A-2u derivative made
-- when it does not. One row per checked document; no foreign key, because the check runs before the writer
-- records the document row in the same item. Read and written by the application's role (afterMigrate grants).
CREATE TABLE pdfa_conformance (
    document_id        TEXT        PRIMARY KEY,
    claimed_flavour    TEXT,
    conforming         BOOLEAN     NOT NULL,
    summary            TEXT        NOT NULL,
    derivative_flavour TEXT,
    checked_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
