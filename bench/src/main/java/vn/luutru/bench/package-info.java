/**
 * Benchmarks of the archive's steps against the tools people would otherwise use.
 */
@NullMarked
package vn.luutru.bench;

import org.jspecify.annotations.NullMarked;
