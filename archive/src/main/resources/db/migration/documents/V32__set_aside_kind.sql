-- A stable kind of reason beside the Vietnamese words, so that monitoring counts files set aside by reason.
-- Rows written before it get the kind their words clearly state once, else 'other'.
ALTER TABLE ingest_failures ADD COLUMN reason_kind TEXT NOT NULL DEFAULT 'other';

UPDATE ingest_failures SET reason_kind = CASE
    WHEN reason LIKE '%mã hóa%' THEN 'encrypted'
    WHEN reason LIKE '%max-pages-per-file%' THEN 'too-many-pages'
    WHEN reason LIKE '%max-image-pixels%' THEN 'image-too-large'
    WHEN reason LIKE '%lồng nhau quá sâu%' THEN 'nesting-too-deep'
    WHEN reason LIKE 'tệp rỗng%' THEN 'empty'
    WHEN reason LIKE 'loại tệp không nhận%' THEN 'unsupported-type'
    ELSE 'other'
END;
