package vn.luutru.search.documents;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.luutru.archive.hocr.HocrWords;
import vn.luutru.search.audit.AuditedAction;
import vn.luutru.search.users.Access;
import vn.luutru.search.users.Permission;

/**
 * What the signed-in user sees of the personal data in documents' text: masked without
 * {@link Permission#PERSONAL_DATA} ({@link PersonalData#mask}), in full with it, and then
 * each view that shows some is audited as {@value #VIEW}. A view that shows none (most
 * pages) leaves no entry, so the log lists the views that matter. Used in the request's
 * thread, where the user is known.
 */
@Component
class PersonalDataViews {

	/** The audit log's action for a view that showed personal data unmasked. */
	static final String VIEW = "document.personal-data.view";

	private final ApplicationEventPublisher events;

	PersonalDataViews(ApplicationEventPublisher events) {
		this.events = events;
	}

	/** Whether the current user sees personal data unmasked. */
	boolean unmasked() {
		return Access.granted(Permission.PERSONAL_DATA);
	}

	/** A page's text as the user may see it. */
	String pageText(String documentId, int page, String text) {
		return shown(documentId, text, Map.of("page", page, "shown", "text"));
	}

	/**
	 * A page's snippet as the user may see it: cut from the masked text, so masking never
	 * meets the {@code <mark>} tags and keeps the passage where it was.
	 */
	Snippet snippet(String documentId, Snippets snippets, @Nullable String text) {
		if (text == null) {
			return snippets.of(null);
		}
		if (!unmasked()) {
			return snippets.of(PersonalData.mask(text));
		}
		Snippet snippet = snippets.of(text);
		if (PersonalData.in(snippet.parts().stream().map(Snippet.Part::text).collect(Collectors.joining()))) {
			viewed(documentId, Map.of("shown", "snippet"));
		}
		return snippet;
	}

	/** A document's title as the user may see it. */
	String title(String documentId, String title) {
		return shown(documentId, title, Map.of("shown", "title"));
	}

	/**
	 * A search hit's title and subject as the user may see them: one heading, so one
	 * audit record when either shows personal data.
	 */
	SearchResults.Hit heading(SearchResults.Hit hit) {
		String subject = hit.subject();
		if (!unmasked()) {
			return hit.withTitle(PersonalData.mask(hit.title()), (subject != null) ? PersonalData.mask(subject) : null);
		}
		if (PersonalData.in(hit.title()) || (subject != null && PersonalData.in(subject))) {
			viewed(hit.documentId(), Map.of("shown", "title"));
		}
		return hit;
	}

	/**
	 * A page's OCR words (hOCR) as the user may see them: the personal words' text
	 * masked.
	 */
	String wordBoxes(String documentId, int page, String hocr) {
		if (!unmasked()) {
			return PersonalWords.masked(hocr);
		}
		if (!PersonalWords.in(hocr).isEmpty()) {
			viewed(documentId, Map.of("page", page, "shown", "word-boxes"));
		}
		return hocr;
	}

	/**
	 * The boxes of a page's words that a query matches, as the user may see them: for
	 * those who may not see personal data, matched in the masked words, so a number's
	 * masked digits are neither shown nor found.
	 */
	HitBoxes.Page hitBoxes(String documentId, int page, String hocr, String query) {
		if (!unmasked()) {
			return HitBoxes.page(PersonalWords.masked(hocr), query);
		}
		HitBoxes.Page boxes = HitBoxes.page(hocr, query);
		List<HocrWords.Word> personal = PersonalWords.in(hocr);
		if (boxes.boxes()
			.stream()
			.anyMatch((box) -> personal.stream()
				.anyMatch((word) -> word.x0() == box.x0() && word.y0() == box.y0() && word.x1() == box.x1()
						&& word.y1() == box.y1()))) {
			viewed(documentId, Map.of("page", page, "shown", "hit-boxes"));
		}
		return boxes;
	}

	/** Records that the current user was shown personal data of the document. */
	void viewed(String documentId, Map<String, Object> what) {
		this.events.publishEvent(new AuditedAction(VIEW, "document", documentId, null, what));
	}

	private String shown(String documentId, String text, Map<String, Object> what) {
		if (!unmasked()) {
			return PersonalData.mask(text);
		}
		if (PersonalData.in(text)) {
			viewed(documentId, what);
		}
		return text;
	}

}
