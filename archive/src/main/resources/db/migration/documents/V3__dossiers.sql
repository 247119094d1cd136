-- One-stop administrative dossiers, imported from the one-stop system's exports and upserted by code.
-- Applicant fields are personal data (Decree 13/2023/NĐ-CP).
CREATE TABLE dossiers (
    code                TEXT PRIMARY KEY,
    procedure_code      TEXT,
    procedure_name      TEXT,
    field               TEXT,
    applicant_name      TEXT,
    applicant_id_number TEXT,
    applicant_address   TEXT,
    applicant_phone     TEXT,
    received_on         DATE,
    due_on              DATE,
    returned_on         DATE,
    status              TEXT NOT NULL CHECK (status IN ('received', 'in-progress', 'returned-with-result',
                                                        'returned-unresolved', 'withdrawn')),
    return_channel      TEXT CHECK (return_channel IN ('desk', 'post', 'online')),
    ward                TEXT,
    district            TEXT,
    province            TEXT,
    notes               TEXT,
    imported_at         TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL
);

CREATE INDEX dossiers_received ON dossiers (received_on);

-- Land parcels a dossier concerns: parcel number on a map sheet.
CREATE TABLE dossier_parcels (
    dossier_code TEXT NOT NULL REFERENCES dossiers (code) ON DELETE CASCADE,
    map_sheet    TEXT NOT NULL,
    parcel       TEXT NOT NULL,
    PRIMARY KEY (dossier_code, map_sheet, parcel)
);

CREATE INDEX dossier_parcels_parcel ON dossier_parcels (map_sheet, parcel);

-- Document numbers a dossier cites ("977/TB-STNMT"), normalised as the index holds them.
CREATE TABLE dossier_document_numbers (
    dossier_code TEXT NOT NULL REFERENCES dossiers (code) ON DELETE CASCADE,
    number       TEXT NOT NULL,
    PRIMARY KEY (dossier_code, number)
);

CREATE INDEX dossier_document_numbers_number ON dossier_document_numbers (number);

-- Documents attached to dossiers by officers: many to many.
CREATE TABLE dossier_documents (
    dossier_code TEXT        NOT NULL REFERENCES dossiers (code) ON DELETE CASCADE,
    document_id  TEXT        NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    note         TEXT,
    attached_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (dossier_code, document_id)
);

CREATE INDEX dossier_documents_document ON dossier_documents (document_id);
