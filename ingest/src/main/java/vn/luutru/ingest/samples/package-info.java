/**
 * The generated sample set: Vietnamese papers rendered as scans, for the demo and the
 * tests. Nothing in it is a third-party file; every byte is made here, deterministically.
 */
@NullMarked
package vn.luutru.ingest.samples;

import org.jspecify.annotations.NullMarked;
