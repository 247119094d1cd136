/**
 * The PostgreSQL database: the data source, the Flyway migrations and the embedded
 * server.
 */
@NullMarked
package vn.luutru.archive.postgres;

import org.jspecify.annotations.NullMarked;
