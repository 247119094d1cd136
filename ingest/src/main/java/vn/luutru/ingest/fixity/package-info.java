/**
 * Fixity in the worker: the scheduled check that reads the whole archive again, run by
 * one worker at a time.
 */
@NullMarked
package vn.luutru.ingest.fixity;

import org.jspecify.annotations.NullMarked;
