-- Retrying what a job set aside, once staff have fixed it: a new request for the same folder that reads only
-- those files (NULL: the whole folder), and, on each set-aside row, the request that took it up again, so the
-- jobs page shows where it went and the same file is not retried twice.
ALTER TABLE ingest_requests ADD COLUMN only_files TEXT[];
ALTER TABLE ingest_requests ADD COLUMN retry_of BIGINT REFERENCES ingest_requests (id);
ALTER TABLE ingest_failures ADD COLUMN retried_in BIGINT REFERENCES ingest_requests (id);
