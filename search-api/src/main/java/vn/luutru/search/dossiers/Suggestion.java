package vn.luutru.search.dossiers;

import java.util.List;

/**
 * A dossier a document may belong to, with why.
 *
 * @param code the dossier code
 * @param procedureName its procedure
 * @param score how sure: 100 for its code written in the document, less for weaker
 * evidence; only the order means anything
 * @param evidence what was found, on which page
 */
record Suggestion(String code, String procedureName, int score, List<Evidence> evidence) {

	/**
	 * One piece of evidence.
	 *
	 * @param kind {@code dossier-code}, {@code parcel-and-ward}, {@code parcel},
	 * {@code document-number} or {@code applicant-name}
	 * @param value what was matched ("12/125, Phường An Khánh")
	 * @param page the page it was read on
	 */
	record Evidence(String kind, String value, int page) {
	}

}
