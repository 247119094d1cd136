package vn.luutru.search.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One line of the audit log.
 *
 * @param id its number, increasing with time
 * @param at when
 * @param username who ({@code system} for the command line, {@code anonymous} for a
 * failed sign-in)
 * @param action what ({@link AuditedAction#action()})
 * @param subjectType the kind of thing acted on
 * @param subjectId which one
 * @param before its state before, when it changed
 * @param after its state after, when it changed
 * @param remoteAddress the client's address, for requests
 */
record AuditEntry(long id, Instant at, String username, String action, String subjectType, String subjectId,
		@Nullable JsonNode before, @Nullable JsonNode after, @Nullable String remoteAddress) {
}
