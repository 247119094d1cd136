/**
 * Scans in without a server path: folders an administrator has the workers watch, and
 * batches scanning staff upload from the browser (resumable, tus 1.0) into a folder under
 * the ingest roots. The web server only stores bytes and records requests; workers read
 * the scans.
 */
@NullMarked
package vn.luutru.search.intake;

import org.jspecify.annotations.NullMarked;
