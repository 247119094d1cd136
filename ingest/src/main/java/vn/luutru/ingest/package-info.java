/**
 * The ingestion worker: a process apart from the web server that claims recorded
 * ingestion requests and runs them as Spring Batch jobs, so that the parsers of untrusted
 * scans (Tika, PDFBox, ImageIO, Tesseract) never run where officers' searches are
 * answered.
 */
@NullMarked
package vn.luutru.ingest;

import org.jspecify.annotations.NullMarked;
