package vn.luutru.search.audit;

import java.text.Normalizer;

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
 * @param subjectId its identifier, as typed for a sign-in: normalised (NFC, control
 * characters replaced) and cut at {@value #MAX_SUBJECT_ID} characters, since anyone may
 * type one
 * @param before its state before, when it changed (serialised to JSON)
 * @param after its state after, when it changed (serialised to JSON)
 */
public record AuditedAction(String action, String subjectType, String subjectId, @Nullable Object before,
		@Nullable Object after) {

	/** The longest subject id kept; a user name or code is far shorter. */
	public static final int MAX_SUBJECT_ID = 200;

	public AuditedAction {
		subjectId = bounded(subjectId);
	}

	/** An action that changed nothing (viewing, starting a job). */
	public static AuditedAction of(String action, String subjectType, String subjectId) {
		return new AuditedAction(action, subjectType, subjectId, null, null);
	}

	private static String bounded(String text) {
		String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder kept = new StringBuilder(Math.min(normal.length(), MAX_SUBJECT_ID + 1));
		int count = 0;
		for (int i = 0; i < normal.length()
				&& count < MAX_SUBJECT_ID; i += Character.charCount(normal.codePointAt(i))) {
			int c = normal.codePointAt(i);
			kept.appendCodePoint(Character.isISOControl(c) ? '?' : c);
			count++;
		}
		return (kept.length() < normal.length()) ? kept.append('…').toString() : kept.toString();
	}

}
