package vn.luutru.search.audit;

import org.jspecify.annotations.Nullable;

/**
 * Something a user did that the audit log must record, published as an application event
 * by the feature where it happened ({@code ApplicationEventPublisher.publishEvent}). The
 * audit feature adds who and when: it listens synchronously, in the request's thread, so
 * the signed-in user is known, and in the publisher's transaction when there is one.
 *
 * @param action what was done: {@code dossier.attach}, {@code dossier.detach},
 * {@code dossier.import}, {@code dossier.personal-data.view}, {@code job.start},
 * {@code user.create}, …
 * @param subjectType the kind of thing acted on: {@code dossier}, {@code document},
 * {@code job}, {@code user}
 * @param subjectId its identifier
 * @param before its state before, when it changed (serialised to JSON)
 * @param after its state after, when it changed (serialised to JSON)
 */
public record AuditedAction(String action, String subjectType, String subjectId, @Nullable Object before,
		@Nullable Object after) {

	/** An action that changed nothing (viewing, starting a job). */
	public static AuditedAction of(String action, String subjectType, String subjectId) {
		return new AuditedAction(action, subjectType, subjectId, null, null);
	}

}
