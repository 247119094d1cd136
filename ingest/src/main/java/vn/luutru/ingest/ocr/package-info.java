/**
 * The OCR boundary: page images read one at a time from PDF and raster scans, and
 * Tesseract behind {@link vn.luutru.ingest.ocr.TextRecognizer}.
 */
@NullMarked
package vn.luutru.ingest.ocr;

import org.jspecify.annotations.NullMarked;
