/**
 * The hOCR format as the archive keeps it: one reader for the words and their boxes that
 * Tesseract wrote, used by ingestion and by the search API alike.
 */
@NullMarked
package vn.luutru.archive.hocr;

import org.jspecify.annotations.NullMarked;
