package vn.luutru.search.intake;

import org.jspecify.annotations.Nullable;

/** {@code POST /api/watched-folders}: the absolute server folder to watch. */
record NewWatchedFolder(@Nullable String folder) {
}
