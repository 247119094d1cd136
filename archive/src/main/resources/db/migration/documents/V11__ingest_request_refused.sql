-- Why a worker refused a claimed request instead of running it (its folder is no longer inside the ingest roots,
-- or its job could not start): such a request has ended, with this reason shown to staff, and no longer holds
-- its folder. One job per folder is checked by IngestRequests in a transaction under an advisory lock, since a
-- folder also conflicts with the folders inside it and containing it, which no unique index can say.
ALTER TABLE ingest_requests ADD COLUMN refused TEXT;
