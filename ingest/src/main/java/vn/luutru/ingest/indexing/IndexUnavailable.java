package vn.luutru.ingest.indexing;

import org.jspecify.annotations.Nullable;

/**
 * Elasticsearch stayed unreachable or overloaded for longer than
 * {@code luutru.indexing.give-up-after}: the job fails, to be resumed, and the file it
 * was on is not set aside (nothing is wrong with it).
 */
public class IndexUnavailable extends RuntimeException {

	IndexUnavailable(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
