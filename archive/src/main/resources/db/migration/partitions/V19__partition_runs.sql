-- Which worker runs or ran each partition of a job, and whether it is still alive: a row per attempt. A
-- worker beats on its open rows; a row left unbeaten is closed as taken over by whichever worker sees it
-- first, which sends the partition again. The rows stay as the record of who processed what.
CREATE TABLE partition_runs (
    id                BIGSERIAL PRIMARY KEY,
    step_execution_id BIGINT      NOT NULL,
    job_execution_id  BIGINT      NOT NULL,
    step_name         TEXT        NOT NULL,
    worker            TEXT        NOT NULL,
    started_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    heartbeat_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at       TIMESTAMPTZ,
    outcome           TEXT
);

CREATE INDEX partition_runs_open ON partition_runs (heartbeat_at) WHERE finished_at IS NULL;
CREATE INDEX partition_runs_job ON partition_runs (job_execution_id);
