/**
 * Starting service processes (Elasticsearch, PostgreSQL) as an unprivileged user, since
 * both refuse to run as root.
 */
@NullMarked
package vn.luutru.archive.process;

import org.jspecify.annotations.NullMarked;
