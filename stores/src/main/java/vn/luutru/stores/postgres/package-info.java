/**
 * The PostgreSQL database: the data source, the Flyway migrations and the embedded
 * server.
 */
@NullMarked
package vn.luutru.stores.postgres;

import org.jspecify.annotations.NullMarked;
