package vn.luutru.search.documents;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.luutru.archive.catalog.DocumentId;

/**
 * Whether the current user may see a page's stored pictures as they are, for features
 * that serve pictures nothing can black out on the way (IIIF tiles): not when the page's
 * text holds personal data and the user may not see it. A viewer asks for hundreds of
 * tiles of one page, so the answer is kept a minute per page.
 */
@Component
public class PersonalPages {

	private static final Duration KEPT = Duration.ofMinutes(1);

	private static final int MAX_KEPT = 10_000;

	private final PersonalDataViews views;

	private final IndexedEntries entries;

	private final Map<String, Known> known = new ConcurrentHashMap<>();

	PersonalPages(PersonalDataViews views, IndexedEntries entries) {
		this.views = views;
		this.entries = entries;
	}

	/**
	 * Passes when the current user may see the page's pictures as stored, and audits the
	 * view when asked to and they hold personal data.
	 * @param audited whether this request shows the page (its description), rather than
	 * one of its many tiles
	 * @throws RuntimeException a 403 problem ({@code personal-data-withheld}) when not
	 * @throws IndexUnavailable when Elasticsearch cannot answer
	 */
	public void requireVisible(DocumentId id, int page, boolean audited) {
		boolean unmasked = this.views.unmasked();
		if (unmasked && !audited) {
			return;
		}
		if (!holdsPersonalData(id, page)) {
			return;
		}
		if (!unmasked) {
			throw new PersonalDataWithheld(id.value(), page);
		}
		this.views.viewed(id.value(), Map.of("page", page, "shown", "tiles"));
	}

	/**
	 * Whether the page's pictures as stored are withheld from the current user (its text
	 * holds personal data they may not see): a viewer is then shown its masked picture.
	 * @throws IndexUnavailable when Elasticsearch cannot answer
	 */
	public boolean withheld(DocumentId id, int page) {
		return !this.views.unmasked() && holdsPersonalData(id, page);
	}

	/**
	 * Whether the page's text holds personal data, so that its pictures must not be kept
	 * by a cache shared between users.
	 * @throws IndexUnavailable when Elasticsearch cannot answer
	 */
	public boolean holdsPersonalData(DocumentId id, int page) {
		String key = id.value() + "/" + page;
		Known answer = this.known.get(key);
		if (answer != null && answer.until().isAfter(Instant.now())) {
			return answer.personal();
		}
		boolean personal = PersonalData.in(this.entries.pageText(id, page).orElse(""));
		if (this.known.size() >= MAX_KEPT) {
			this.known.clear();
		}
		this.known.put(key, new Known(personal, Instant.now().plus(KEPT)));
		return personal;
	}

	/**
	 * A page's answer, kept for a while.
	 *
	 * @param personal whether its text holds personal data
	 * @param until when to ask again
	 */
	private record Known(boolean personal, Instant until) {
	}

}
