/**
 * Text of every page: the PDF text layer where it is real text, OCR otherwise.
 */
@NullMarked
package vn.luutru.ingest.extraction;

import org.jspecify.annotations.NullMarked;
