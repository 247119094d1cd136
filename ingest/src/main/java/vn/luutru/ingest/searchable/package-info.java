/**
 * Searchable PDF/A: each document's page images with an invisible text layer on the OCR
 * word boxes, so any PDF reader can search, select and copy the Vietnamese text.
 */
@NullMarked
package vn.luutru.ingest.searchable;

import org.jspecify.annotations.NullMarked;
