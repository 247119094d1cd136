/**
 * Corrections of OCR text that stick: an officer's corrected lines, kept by version in
 * PostgreSQL and applied to a page's stored hOCR and text (by the search API at once, by
 * ingestion again after every re-read), and the queue of searchable PDFs whose text layer
 * a worker must rebuild from the corrected hOCR.
 */
@NullMarked
package vn.luutru.archive.corrections;

import org.jspecify.annotations.NullMarked;
