-- Ingestion requests: the web server records one when scanning staff start a folder, and a worker process
-- claims it (FOR UPDATE SKIP LOCKED, so several workers can poll at once) and runs it as a Spring Batch job.
-- The id is the job id the API and the pages show. The claiming worker writes a heartbeat with the pages read
-- so far: another process cannot see its memory, and a worker that stops beating has died.
CREATE TABLE ingest_requests (
    id               BIGSERIAL PRIMARY KEY,
    folder           TEXT        NOT NULL,
    requested_by     TEXT        NOT NULL,
    requested_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    claimed_by       TEXT,
    claimed_at       TIMESTAMPTZ,
    heartbeat_at     TIMESTAMPTZ,
    job_execution_id BIGINT UNIQUE,
    pages_read       BIGINT      NOT NULL DEFAULT 0 CHECK (pages_read >= 0)
);

-- The queue: what workers poll for.
CREATE INDEX ingest_requests_unclaimed ON ingest_requests (id) WHERE claimed_by IS NULL;

-- Jobs started before requests existed keep their history and their ids (a job's id was its execution id).
INSERT INTO ingest_requests (id, folder, requested_by, requested_at, claimed_by, claimed_at, heartbeat_at,
                             job_execution_id)
SELECT e.job_execution_id, p.parameter_value, 'system', e.create_time, 'system', e.create_time,
       coalesce(e.last_updated, e.end_time, e.create_time), e.job_execution_id
FROM batch_job_execution e
JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id AND i.job_name = 'ingestScans'
JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id AND p.parameter_name = 'folder';

SELECT setval(pg_get_serial_sequence('ingest_requests', 'id'), coalesce(max(id), 0) + 1, false)
FROM ingest_requests;
