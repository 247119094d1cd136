-- Why a running job is not moving on, when it is waiting out an outage (Elasticsearch unreachable or
-- overloaded): written by the job outside its chunk's transaction, so the jobs page and the command line
-- show it while the chunk waits, and cleared as soon as the store answers again.
ALTER TABLE ingest_requests ADD COLUMN waiting_for TEXT;
