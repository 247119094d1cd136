/**
 * The OCR boundary: Tesseract behind a small interface whose contract states the
 * threading rule.
 */
@NullMarked
package vn.luutru.ingest.ocr;

import org.jspecify.annotations.NullMarked;
