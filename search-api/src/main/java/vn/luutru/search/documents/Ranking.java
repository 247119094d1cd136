package vn.luutru.search.documents;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import vn.luutru.archive.identifiers.DocumentKind;
import vn.luutru.archive.index.IndexFields;

/**
 * The clauses a query's {@link QueryIdentifiers} add to its words. Each scores a fixed
 * amount (a constant score), not by how rare the value is: sheet 12 of a ward is not a
 * better match for being the only one scanned. The amounts are set against the text
 * clauses' scores, which a one-line match of four or five words puts around 20 to 40: an
 * identifier named and found outweighs a word or two more in common, and two twins that
 * share every word are told apart by the one that carries the number.
 */
final class Ranking {

	/** A number and symbol written in full: the strongest sign there is. */
	static final float NUMBER = 30;

	/** A number written without its symbol ("thông báo 977"). */
	static final float NUMBER_PREFIX = 20;

	/** A map sheet, a parcel. */
	static final float SHEET = 20;

	static final float PARCEL = 20;

	static final float DATE = 10;

	/** A number named that is the document's own (in its title), not one it cites. */
	static final float OWN_NUMBER = 20;

	/** Every word of the query in the title. */
	static final float WHOLE_TITLE = 15;

	/** The kind of document named first ("thông báo …", "bản đồ …"). */
	static final float KIND = 15;

	/** The title starting with the type named. */
	static final float TITLE_TYPE = 20;

	/** A ward, commune or district named with its unit word ("phường An Khánh"). */
	static final float UNIT = 10;

	/** An abbreviation spelled out (ĐTM). */
	static final float EXPANSION = 1;

	private Ranking() {
	}

	/**
	 * Clauses that match an entry by what was read from it: a query that names an
	 * identifier finds the entries carrying it even when OCR garbled the words around it.
	 */
	static List<Query> identifiers(QueryIdentifiers named, SearchRequests.Over over) {
		List<Query> clauses = new ArrayList<>();
		String numbers = IndexFields.DOCUMENT_NUMBERS;
		named.numbers().forEach((n) -> clauses.add(constant(term(numbers, n), NUMBER)));
		named.numberPrefixes()
			.forEach((n) -> clauses
				.add(constant(Query.of((q) -> q.prefix((p) -> p.field(numbers).value(n))), NUMBER_PREFIX)));
		named.sheets().forEach((s) -> clauses.add(constant(term(IndexFields.MAP_SHEETS, s), SHEET)));
		String parcels = IndexFields.PARCELS;
		for (String parcel : named.parcels()) {
			Query query = parcel.startsWith("*/") ? Query.of((q) -> q.wildcard((w) -> w.field(parcels).value(parcel)))
					: term(parcels, parcel);
			clauses.add(constant(query, PARCEL));
		}
		if (!over.pages()) {
			// The document's own number is in its title; the documents citing it carry
			// it in their text only.
			named.numbers().forEach((n) -> clauses.add(constant(phraseIn(IndexFields.TITLE_FOLDED, n), OWN_NUMBER)));
			named.numberPrefixes()
				.forEach((n) -> clauses
					.add(constant(phraseIn(IndexFields.TITLE_FOLDED, n.substring(0, n.length() - 1)), OWN_NUMBER)));
		}
		named.codes().forEach((c) -> clauses.add(constant(term(IndexFields.DOSSIER_CODES_READ, c), NUMBER)));
		named.dates().forEach((d) -> clauses.add(constant(term(IndexFields.DATES, d.toString()), DATE)));
		return clauses;
	}

	/**
	 * Clauses that only rank: the kind of document and the unit named, and abbreviations
	 * spelled out. Matching on them alone would find every notice for "thông báo". The
	 * kind is a document's, so it does not rank its pages.
	 * @param over the entries searched
	 */
	static List<Query> boosts(QueryIdentifiers named, SearchRequests.Over over) {
		List<Query> clauses = new ArrayList<>();
		String kind = named.kind();
		if (kind != null && !over.pages()) {
			clauses.add(constant(term(IndexFields.KIND, kind), KIND));
			// The title starts with the type: this is a report, not the decision
			// approving it, even when OCR kept the kind from being read.
			List<String> type = typeWords(kind);
			clauses.add(constant(Query.of((q) -> q.spanFirst((f) -> f.end(type.size())
				.match((m) -> m.spanNear((n) -> n.slop(0)
					.inOrder(true)
					.clauses(type.stream()
						.map((word) -> co.elastic.clients.elasticsearch._types.query_dsl.SpanQuery
							.of((sq) -> sq.spanTerm((t) -> t.field(IndexFields.TITLE_FOLDED).value(word))))
						.toList()))))),
					TITLE_TYPE));
		}
		String units = IndexFields.ADMIN_UNITS_FOLDED;
		named.units()
			.forEach(
					(u) -> clauses.add(constant(Query.of((q) -> q.matchPhrase((m) -> m.field(units).query(u))), UNIT)));
		named.expansions()
			.forEach((e) -> clauses
				.add(Query.of((q) -> q.matchPhrase((m) -> m.field(over.folded()).query(e).boost(EXPANSION)))));
		return clauses;
	}

	/**
	 * A clause for a title holding every word of the query (in any order): the type and
	 * subject say what the query says, where a document citing it only uses its words.
	 */
	static Query wholeTitle(String words) {
		return constant(Query.of((q) -> q.match((m) -> m.field(IndexFields.TITLE_FOLDED)
			.query(words)
			.operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And))), WHOLE_TITLE);
	}

	/** The words a title of a kind starts with, folded ("bao cao" for an EIA report). */
	static List<String> typeWords(String kind) {
		return DocumentKind.ofCode(kind).map(DocumentKind::titleStart).orElse(List.of(kind.split("-")));
	}

	private static Query phraseIn(String field, String text) {
		return Query.of((q) -> q.matchPhrase((m) -> m.field(field).query(text)));
	}

	private static Query term(String field, String value) {
		return Query.of((q) -> q.term((t) -> t.field(field).value(FieldValue.of(value))));
	}

	private static Query constant(Query query, float boost) {
		return Query.of((q) -> q.constantScore((c) -> c.filter(query).boost(boost)));
	}

}
