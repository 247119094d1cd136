/**
 * The structure of a document for IIIF viewers' tables of contents: the sections of a
 * PDF's outline (bookmarks), or of a scanned report its chapter headings read by OCR,
 * kept beside the derivatives for the web server's manifests.
 */
@NullMarked
package vn.luutru.ingest.structure;

import org.jspecify.annotations.NullMarked;
