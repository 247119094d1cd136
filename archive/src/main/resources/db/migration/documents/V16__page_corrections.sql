-- Officers' corrections of OCR text, one row per corrected line and version: a version is what one officer saved
-- for one page at one time, and a revert is a version of its own. A line is named by its hOCR box (ids are
-- renumbered by every OCR run); the latest version naming a line is the text it has, and is applied again after
-- every re-read of the page. Rows are never changed: the history is the table.
CREATE TABLE page_corrections (
    id           BIGSERIAL   PRIMARY KEY,
    document_id  TEXT        NOT NULL,
    page         INTEGER     NOT NULL CHECK (page > 0),
    version      INTEGER     NOT NULL CHECK (version > 0),
    x0           INTEGER     NOT NULL,
    y0           INTEGER     NOT NULL,
    x1           INTEGER     NOT NULL,
    y1           INTEGER     NOT NULL,
    before_text  TEXT        NOT NULL,
    after_text   TEXT        NOT NULL,
    corrected_by TEXT        NOT NULL,
    corrected_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    reverts      INTEGER,
    UNIQUE (document_id, page, version, x0, y0, x1, y1)
);

CREATE INDEX page_corrections_page ON page_corrections (document_id, page, version);

-- Searchable PDFs whose invisible text layer a worker must rebuild from the corrected hOCR. One row per document:
-- asking again while a worker is at it sets requested_at anew, and the worker deletes the row only if it rebuilt
-- after that time.
CREATE TABLE text_layer_requests (
    document_id  TEXT        PRIMARY KEY,
    requested_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    claimed_by   TEXT,
    claimed_at   TIMESTAMPTZ
);
