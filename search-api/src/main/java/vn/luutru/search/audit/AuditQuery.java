package vn.luutru.search.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What to look for in the audit log; absent criteria match everything.
 *
 * @param username who
 * @param action an action ({@code dossier.attach}) or its family ({@code dossier})
 * @param subjectType the kind of thing acted on
 * @param subjectId which one
 * @param from from this instant on
 * @param to before this instant
 * @param page page number from 0
 * @param size entries per page, 1–500
 */
record AuditQuery(@Nullable String username, @Nullable String action, @Nullable String subjectType,
		@Nullable String subjectId, @Nullable Instant from, @Nullable Instant to, int page, int size) {
}
