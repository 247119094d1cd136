-- Folders an administrator registered for scans to be ingested without anyone starting a job, and every file
-- a watcher has taken from them, in the same transaction as the request that ingests it: a file is requested
-- once, and a file that arrived while the archive was stopped is found by the next scan.
CREATE TABLE watched_folders (
    id       BIGSERIAL PRIMARY KEY,
    folder   TEXT NOT NULL UNIQUE,
    added_by TEXT NOT NULL,
    added_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A file is taken again only when it changed (another size or modification time): a scan replaced in place.
CREATE TABLE watched_files (
    folder_id   BIGINT NOT NULL REFERENCES watched_folders (id) ON DELETE CASCADE,
    path        TEXT NOT NULL,
    size        BIGINT NOT NULL,
    modified_at TIMESTAMPTZ NOT NULL,
    request_id  BIGINT NOT NULL REFERENCES ingest_requests (id),
    taken_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (path, size, modified_at)
);
CREATE INDEX watched_files_folder ON watched_files (folder_id);
