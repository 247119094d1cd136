/**
 * Walking a scan folder and fingerprinting what is in it.
 */
@NullMarked
package vn.luutru.ingest.intake;

import org.jspecify.annotations.NullMarked;
