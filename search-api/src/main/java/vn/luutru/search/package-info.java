/**
 * The Lưu trữ application: starts the stores, the ingestion jobs and the web API in one
 * process.
 */
@NullMarked
package vn.luutru.search;

import org.jspecify.annotations.NullMarked;
