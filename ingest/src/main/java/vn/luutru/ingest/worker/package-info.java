/**
 * The worker application's commands: {@code worker} (claim and run requests until
 * stopped), {@code ingest <folder>} (run one folder here, with progress), {@code reindex}
 * and {@code fixity}.
 */
@NullMarked
package vn.luutru.ingest.worker;

import org.jspecify.annotations.NullMarked;
