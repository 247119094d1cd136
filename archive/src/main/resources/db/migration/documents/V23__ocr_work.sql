-- OCR seconds per page, summed per worker machine, for /actuator/prometheus (docs/operations.md).
CREATE TABLE ocr_work (
    worker     TEXT             PRIMARY KEY,
    pages      BIGINT           NOT NULL,
    seconds    DOUBLE PRECISION NOT NULL,
    updated_at TIMESTAMPTZ      NOT NULL DEFAULT now()
);
