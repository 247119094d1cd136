package vn.luutru.search.dossiers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Service;

import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.index.IndexFields;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;

/**
 * Suggests the dossiers a document belongs to from the identifiers read out of its pages,
 * strongest evidence first: the dossier's code written in the document; a parcel and map
 * sheet of the dossier together with its ward; a parcel alone; a document number the
 * dossier cites; the applicant's name on a page dated near the dossier's received date.
 * An officer confirms a suggestion with the attach call.
 */
@Service
class DossierSuggestions {

	private static final int CODE = 100;

	private static final int PARCEL_AND_WARD = 80;

	private static final int PARCEL = 60;

	private static final int DOCUMENT_NUMBER = 40;

	private static final int APPLICANT_NAME = 20;

	private static final int NAME_DAYS = 45;

	private static final int MAX_PAGES = 2000;

	private final ElasticsearchClient client;

	private final ArchiveIndex index;

	private final Dossiers dossiers;

	DossierSuggestions(ElasticsearchClient client, ArchiveIndex index, Dossiers dossiers) {
		this.client = client;
		this.index = index;
		this.dossiers = dossiers;
	}

	List<Suggestion> suggest(String documentId) {
		Map<String, List<Suggestion.Evidence>> found = new LinkedHashMap<>();
		for (PageEntry page : pages(documentId)) {
			ArchiveEntry.Identifiers ids = page.identifiers();
			if (ids == null) {
				continue;
			}
			int number = page.page();
			for (String code : this.dossiers.existingCodes(ids.dossierCodes())) {
				add(found, code, new Suggestion.Evidence("dossier-code", code, number));
			}
			List<Dossier.Parcel> parcels = ids.parcels().stream().map(DossierSuggestions::parcel).toList();
			for (String[] match : this.dossiers.withParcels(parcels)) {
				Dossier dossier = this.dossiers.find(match[0]).orElseThrow();
				boolean sameWard = dossier.ward() != null && ids.adminUnits()
					.stream()
					.anyMatch((unit) -> folded(unit).endsWith(folded(bareName(dossier.ward()))));
				add(found, match[0],
						sameWard ? new Suggestion.Evidence("parcel-and-ward", match[1] + ", " + dossier.ward(), number)
								: new Suggestion.Evidence("parcel", match[1], number));
			}
			for (String[] match : this.dossiers.citing(ids.documentNumbers())) {
				add(found, match[0], new Suggestion.Evidence("document-number", match[1], number));
			}
			applicantNames(found, page, ids, number);
		}
		List<Suggestion> suggestions = new ArrayList<>();
		found.forEach((code, evidence) -> this.dossiers.find(code)
			.ifPresent((dossier) -> suggestions.add(new Suggestion(code,
					Objects.requireNonNullElse(dossier.procedureName(), ""), score(evidence), List.copyOf(evidence)))));
		suggestions.sort(Comparator.comparingInt(Suggestion::score).reversed().thenComparing(Suggestion::code));
		return suggestions;
	}

	private void applicantNames(Map<String, List<Suggestion.Evidence>> found, PageEntry page,
			ArchiveEntry.Identifiers ids, int number) {
		if (page.text() == null || ids.dates().isEmpty()) {
			return;
		}
		String text = folded(page.text());
		java.util.Set<String> named = new java.util.HashSet<>();
		for (LocalDate date : ids.dates()) {
			for (Dossier dossier : this.dossiers.receivedBetween(date.minusDays(NAME_DAYS), date.plusDays(NAME_DAYS))) {
				String name = dossier.applicant().name();
				// One piece of evidence per dossier and page, however many dates are
				// near.
				if (name != null && name.length() >= 6 && text.contains(folded(name)) && named.add(dossier.code())) {
					add(found, dossier.code(), new Suggestion.Evidence("applicant-name", name + ", " + date, number));
				}
			}
		}
	}

	/** The strongest evidence decides; more pieces of evidence break ties. */
	private static int score(List<Suggestion.Evidence> evidence) {
		int best = evidence.stream().mapToInt(DossierSuggestions::weight).max().orElse(0);
		return Math.min(best + evidence.size() - 1, best + 9);
	}

	private static int weight(Suggestion.Evidence evidence) {
		return switch (evidence.kind()) {
			case "dossier-code" -> CODE;
			case "parcel-and-ward" -> PARCEL_AND_WARD;
			case "parcel" -> PARCEL;
			case "document-number" -> DOCUMENT_NUMBER;
			default -> APPLICANT_NAME;
		};
	}

	private static void add(Map<String, List<Suggestion.Evidence>> found, String code, Suggestion.Evidence evidence) {
		List<Suggestion.Evidence> list = found.computeIfAbsent(code, (c) -> new ArrayList<>());
		if (!list.contains(evidence)) {
			list.add(evidence);
		}
	}

	private List<PageEntry> pages(String documentId) {
		try {
			return this.client
				.search((
						s) -> s.index(this.index.alias())
							.ignoreUnavailable(true)
							.allowNoIndices(true)
							.size(MAX_PAGES)
							.query((q) -> q.bool((b) -> b
								.filter((f) -> f.term((t) -> t.field(IndexFields.DOCUMENT_ID).value(documentId)))
								.filter((f) -> f.term((t) -> t.field(IndexFields.ENTRY).value(PageEntry.KIND)))))
							.source((src) -> src.filter((f) -> f.includes(IndexFields.ENTRY, IndexFields.PAGE,
									IndexFields.TEXT, IndexFields.IDENTIFIERS)))
							.sort((o) -> o.field((f) -> f.field(IndexFields.PAGE))),
						PageEntry.class)
				.hits()
				.hits()
				.stream()
				.map(Hit::source)
				.filter(Objects::nonNull)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the document's pages from Elasticsearch", ex);
		}
	}

	private static Dossier.Parcel parcel(String sheetAndParcel) {
		int slash = sheetAndParcel.indexOf('/');
		return new Dossier.Parcel(sheetAndParcel.substring(0, slash), sheetAndParcel.substring(slash + 1));
	}

	// "Phường An Khánh" and "An Khánh" name the same ward.
	private static String bareName(String unit) {
		return unit.replaceFirst("(?iu)^(phường|xã|thị trấn|p\\.|x\\.)\\s*", "");
	}

	static String folded(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
		return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

}
