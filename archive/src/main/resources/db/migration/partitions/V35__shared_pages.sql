-- The pages of a large file that the workers OCR'd in page ranges, one row per page, each committed as soon
-- as it is read: the worker that assembles the file (searchable PDF, index entry) takes them from here instead
-- of OCR'ing them again, and a worker killed mid-range loses only the pages it had not yet written. Keyed by
-- the request (stable across restarts of its job) and the file's bytes; a request's rows go when its job
-- completes. The worker column records who read which page.
CREATE TABLE shared_pages (
    request_id   BIGINT      NOT NULL,
    sha256       CHAR(64)    NOT NULL,
    page         INTEGER     NOT NULL,
    worker       TEXT        NOT NULL,
    text         TEXT        NOT NULL,
    source       TEXT        NOT NULL,
    confidence   REAL,
    hocr         TEXT,
    width        INTEGER,
    height       INTEGER,
    dpi          INTEGER,
    rotation     INTEGER,
    skew         REAL,
    failure      TEXT,
    failure_kind TEXT,
    read_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (request_id, sha256, page)
);
