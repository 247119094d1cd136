-- A page an ingestion job could not read (a damaged frame, OCR failing twice) of a file it kept: the rest of the
-- document is in the archive, and scanning staff see which page to rescan. NULL for a whole file set aside.
ALTER TABLE ingest_failures ADD COLUMN page INTEGER CHECK (page > 0);
