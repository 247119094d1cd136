/**
 * What the ingestion jobs and the search API share: the Elasticsearch index contract, the
 * PostgreSQL schema, and the embedded launchers that start both stores when no external
 * ones are configured.
 */
@NullMarked
package vn.luutru.stores;

import org.jspecify.annotations.NullMarked;
