/**
 * The bundled demo and test sample set: Vietnamese scans, reports, a map sheet and a
 * damaged file, all generated deterministically so that no third-party file is shipped.
 */
@NullMarked
package vn.luutru.samples;

import org.jspecify.annotations.NullMarked;
