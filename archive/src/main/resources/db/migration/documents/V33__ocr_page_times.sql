-- OCR seconds of each page, as bucket counts per worker machine, for the histogram
-- luutru_ocr_page_seconds on /actuator/prometheus (docs/operations.md). pages[i] counts the
-- pages whose OCR took at most OcrWork.BOUNDS[i] seconds and more than the bound before it;
-- the last element counts the pages over the last bound.
CREATE TABLE ocr_page_times (
    worker     TEXT             PRIMARY KEY,
    seconds    DOUBLE PRECISION NOT NULL,
    pages      BIGINT[]         NOT NULL,
    updated_at TIMESTAMPTZ      NOT NULL DEFAULT now()
);
