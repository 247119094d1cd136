package vn.luutru.search.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import vn.luutru.archive.index.IndexFields;

/**
 * The facets of a search: how many matching documents fall in each kind, year,
 * administrative unit, text source, dossier field and procedure, linked or not, and OCR
 * confidence band (of the mean confidence of a document's OCR'd pages). They are counted
 * over the document entries, so every count is of documents, exactly.
 */
final class Facets {

	static final String KIND = "kind";

	static final String YEAR = "year";

	static final String ADMIN_UNIT = "adminUnit";

	static final String TEXT_SOURCE = "textSource";

	static final String CONFIDENCE = "ocrConfidence";

	static final String LINKED = "dossier";

	static final String FIELD = "dossierField";

	static final String PROCEDURE = "dossierProcedure";

	static final String ARCHIVAL_TYPE = "archivalType";

	static final String ACCESS_REGIME = "accessRegime";

	static final String ARCHIVAL_FILE = "archivalFile";

	private Facets() {
	}

	/** A value and the number of matching documents that have it. */
	record Facet(String value, long documents) {
	}

	static Map<String, Aggregation> aggregations() {
		Map<String, Aggregation> aggregations = new LinkedHashMap<>();
		aggregations.put(KIND, terms(IndexFields.KIND, 20));
		aggregations.put(YEAR, terms(IndexFields.YEAR, 50));
		aggregations.put(ADMIN_UNIT, terms(IndexFields.ADMIN_UNITS, 30));
		aggregations.put(TEXT_SOURCE, terms(IndexFields.TEXT_SOURCE, 5));
		aggregations.put(FIELD, terms(IndexFields.DOSSIER_FIELDS, 20));
		aggregations.put(PROCEDURE, terms(IndexFields.DOSSIER_PROCEDURES, 20));
		aggregations.put(ARCHIVAL_TYPE, terms(IndexFields.ARCHIVAL_DOCUMENT_TYPE, 20));
		aggregations.put(ACCESS_REGIME, terms(IndexFields.ARCHIVAL_ACCESS_REGIME, 2));
		aggregations.put(ARCHIVAL_FILE, terms(IndexFields.ARCHIVAL_FILE_CODE, 20));
		aggregations.put(LINKED, Aggregation.of((a) -> a.filters((f) -> f.filters((k) -> k
			.keyed(Map.of("co", Query.of((q) -> q.exists((e) -> e.field(IndexFields.DOSSIER_CODES))), "khong", Query
				.of((q) -> q.bool((b) -> b.mustNot((n) -> n.exists((e) -> e.field(IndexFields.DOSSIER_CODES)))))))))));
		aggregations.put(CONFIDENCE,
				Aggregation.of((a) -> a.range((r) -> r.field(IndexFields.OCR_CONFIDENCE)
					.ranges(AggregationRange.of((range) -> range.key("duoi-60").to(60.0)),
							AggregationRange.of((range) -> range.key("60-80").from(60.0).to(80.0)),
							AggregationRange.of((range) -> range.key("tu-80").from(80.0))))));
		return aggregations;
	}

	private static Aggregation terms(String field, int size) {
		return Aggregation.of((a) -> a.terms((t) -> t.field(field).size(size)));
	}

	/**
	 * The facets of a response, each as its values with document counts, largest first.
	 */
	static Map<String, List<Facet>> of(Map<String, Aggregate> aggregations) {
		Map<String, List<Facet>> facets = new LinkedHashMap<>();
		for (String name : List.of(KIND, YEAR, ADMIN_UNIT, TEXT_SOURCE, FIELD, PROCEDURE, ARCHIVAL_TYPE, ACCESS_REGIME,
				ARCHIVAL_FILE)) {
			Aggregate aggregate = aggregations.get(name);
			List<Facet> values = new ArrayList<>();
			if (aggregate != null && aggregate.isSterms()) {
				aggregate.sterms()
					.buckets()
					.array()
					.forEach((b) -> values.add(new Facet(b.key().stringValue(), b.docCount())));
			}
			else if (aggregate != null && aggregate.isLterms()) {
				aggregate.lterms()
					.buckets()
					.array()
					.forEach((b) -> values.add(new Facet(Long.toString(b.key()), b.docCount())));
			}
			values.sort((a, b) -> Long.compare(b.documents(), a.documents()));
			facets.put(name, values);
		}
		Aggregate confidence = aggregations.get(CONFIDENCE);
		List<Facet> bands = new ArrayList<>();
		if (confidence != null && confidence.isRange()) {
			confidence.range()
				.buckets()
				.array()
				.stream()
				.filter((b) -> b.docCount() > 0)
				.forEach((b) -> bands.add(new Facet(b.key(), b.docCount())));
		}
		facets.put(CONFIDENCE, bands);
		Aggregate linked = aggregations.get(LINKED);
		List<Facet> links = new ArrayList<>();
		if (linked != null && linked.isFilters() && linked.filters().buckets().isKeyed()) {
			linked.filters().buckets().keyed().forEach((key, bucket) -> {
				if (bucket.docCount() > 0) {
					links.add(new Facet(key, bucket.docCount()));
				}
			});
		}
		links.sort((a, b) -> a.value().compareTo(b.value()));
		facets.put(LINKED, links);
		return facets;
	}

}
