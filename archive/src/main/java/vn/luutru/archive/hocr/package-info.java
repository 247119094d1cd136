/**
 * The hOCR format as the archive keeps it: the one reader of the lines and words with
 * their boxes that Tesseract wrote (used by ingestion and by the search API alike), the
 * writer of a page in Tesseract's shape, and the moving of a page's boxes.
 */
@NullMarked
package vn.luutru.archive.hocr;

import org.jspecify.annotations.NullMarked;
