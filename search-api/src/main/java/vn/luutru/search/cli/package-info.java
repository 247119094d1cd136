/**
 * The {@code luutru} commands: {@code serve}, {@code demo}, {@code ingest <folder>} and
 * {@code stop}.
 */
@NullMarked
package vn.luutru.search.cli;

import org.jspecify.annotations.NullMarked;
