-- One row per ingested original. The SHA-256 is the identity of the bytes: an identical file dropped
-- again, under any name, is recognised and not ingested twice.
CREATE TABLE documents (
    id               TEXT PRIMARY KEY,
    sha256           CHAR(64)    NOT NULL UNIQUE,
    file_name        TEXT        NOT NULL,
    source_path      TEXT        NOT NULL,
    stored_path      TEXT        NOT NULL,
    content_type     TEXT        NOT NULL,
    size_bytes       BIGINT      NOT NULL,
    page_count       INTEGER     NOT NULL,
    title            TEXT        NOT NULL,
    text_source      TEXT        NOT NULL,
    ingested_at      TIMESTAMPTZ NOT NULL,
    job_execution_id BIGINT      NOT NULL
);

-- Files set aside by an ingestion job, with the reason scanning staff see and act on.
CREATE TABLE ingest_failures (
    id               BIGSERIAL PRIMARY KEY,
    job_execution_id BIGINT      NOT NULL,
    source_path      TEXT        NOT NULL,
    file_name        TEXT        NOT NULL,
    sha256           CHAR(64),
    reason           TEXT        NOT NULL,
    failed_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX ingest_failures_job ON ingest_failures (job_execution_id);
