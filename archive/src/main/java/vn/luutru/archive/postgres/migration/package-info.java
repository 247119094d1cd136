/**
 * Flyway Java migrations: schema scripts that ship inside our dependencies, run from the
 * classpath.
 */
@NullMarked
package vn.luutru.archive.postgres.migration;

import org.jspecify.annotations.NullMarked;
