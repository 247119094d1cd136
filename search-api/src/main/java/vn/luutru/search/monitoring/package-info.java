/**
 * What an operator watches: the archive's own figures (ingestion queue, documents and
 * pages ingested, files and pages set aside) as Micrometer meters for Prometheus at
 * {@code /actuator/prometheus}, beside Spring Boot's own (request latencies, connection
 * pools, JVM), and the same figures for the administration page.
 */
@NullMarked
package vn.luutru.search.monitoring;

import org.jspecify.annotations.NullMarked;
