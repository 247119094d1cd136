/**
 * The audit log: an append-only record in PostgreSQL of who did what, when, with the
 * state before and after.
 */
@NullMarked
package vn.luutru.search.audit;

import org.jspecify.annotations.NullMarked;
