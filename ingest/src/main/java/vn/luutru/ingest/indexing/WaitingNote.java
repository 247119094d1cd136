package vn.luutru.ingest.indexing;

import org.jspecify.annotations.Nullable;

/**
 * Where the job says why it is waiting, for the jobs page and the command line to show:
 * written at once, not with the chunk it holds up.
 */
@FunctionalInterface
public interface WaitingNote {

	/** Says why the job waits, or with {@code null} that it moves on. */
	void waiting(@Nullable String why);

}
