package vn.luutru.search.documents;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearchRequestsTests {

	@Test
	void searchesDocumentEntriesWithNothingElseOnTheRequest() throws Exception {
		JsonNode json = json(
				SearchRequests.documents(new SearchQuery("tai nguyen moi truong", 2, 20), "luutru-archive"));

		assertThat(json.at("/from").asInt()).isEqualTo(40);
		assertThat(json.at("/size").asInt()).isEqualTo(20);
		// Collapsing, aggregations, highlighting or an exact count would make
		// Elasticsearch score every match instead of skipping what cannot make the page.
		assertThat(json.has("collapse")).isFalse();
		assertThat(json.has("aggregations")).isFalse();
		assertThat(json.has("highlight")).isFalse();
		assertThat(json.at("/track_total_hits").asBoolean()).isFalse();
		assertThat(json.at("/query/bool/filter/0/term/entry/value").asText()).isEqualTo("document");
		assertThat(json.at("/query/bool/should/0/match/content/query").asText()).isEqualTo("tai nguyen moi truong");
		assertThat(json.at("/query/bool/minimum_should_match").asText()).isEqualTo("1");
		assertThat(json.at("/_source/includes").toString()).doesNotContain("content");
	}

	@Test
	void facetsCountDocumentsExactlyWithTheQueryAsAFilterInACacheableRequest() throws Exception {
		SearchQuery query = new SearchQuery("tai nguyen moi truong", 2, 20);
		JsonNode json = json(SearchRequests.facets(query, "luutru-archive"));

		assertThat(json.at("/size").asInt()).isZero();
		assertThat(json.at("/track_total_hits").asBoolean()).isTrue();
		assertThat(json.at("/aggregations/kind/terms/field").asText()).isEqualTo("identifiers.kind");
		// One entry a document: bucket counts are document counts, no distinct counting.
		assertThat(json.toString()).doesNotContain("cardinality");
		// The same matching documents as the documents' search, unscored.
		assertThat(json.at("/query/bool/filter/0"))
			.isEqualTo(json(SearchRequests.documents(query, "luutru-archive")).at("/query"));
	}

	@Test
	void resultsCarryTheFacetsAndTheExactTotalOnTheDocumentsQuery() throws Exception {
		SearchQuery query = new SearchQuery("tai nguyen moi truong loai:ban-do", 2, 20);
		JsonNode json = json(SearchRequests.results(query, "luutru-archive"));
		JsonNode documents = json(SearchRequests.documents(query, "luutru-archive"));

		assertThat(json.at("/from").asInt()).isEqualTo(40);
		assertThat(json.at("/size").asInt()).isEqualTo(20);
		// The same query, scored, as the documents' request: the facets count what the
		// officer's filters leave, as the facets' own request did.
		assertThat(json.at("/query")).isEqualTo(documents.at("/query"));
		assertThat(json.at("/_source")).isEqualTo(documents.at("/_source"));
		assertThat(json.at("/track_total_hits").asBoolean()).isTrue();
		assertThat(json.at("/aggregations"))
			.isEqualTo(json(SearchRequests.facets(query, "luutru-archive")).at("/aggregations"));
		// Facets never ignore a filter: there is nothing to keep out of them.
		assertThat(json.has("post_filter")).isFalse();
		assertThat(json.has("collapse")).isFalse();
	}

	@Test
	void pagesOfTheDocumentsFoundAreCountedTheBestListedAndTheBestOnesTextFetched() throws Exception {
		JsonNode json = json(SearchRequests.pages("tai nguyen", List.of("a1", "b2"), true, "luutru-archive"));

		assertThat(json.at("/size").asInt()).isZero();
		assertThat(json.at("/query/bool/filter/0/terms/documentId")).hasSize(2);
		assertThat(json.at("/query/bool/must/0/bool/filter/0/term/entry/value").asText()).isEqualTo("page");
		assertThat(json.at("/query/bool/must/0/bool/should/0/match/text/query").asText()).isEqualTo("tai nguyen");
		assertThat(json.at("/aggregations/pages/terms/size").asInt()).isEqualTo(2);
		assertThat(json.at("/aggregations/pages/aggregations/best/top_hits/size").asInt()).isEqualTo(5);
		assertThat(json.at("/aggregations/pages/aggregations/best/top_hits/docvalue_fields/0/field").asText())
			.isEqualTo("page");
		// The best page's text for its snippet, cut here rather than highlighted by
		// Elasticsearch (which analyses the page again).
		assertThat(json.at("/aggregations/pages/aggregations/snippet/top_hits/size").asInt()).isEqualTo(1);
		assertThat(json.at("/aggregations/pages/aggregations/snippet/top_hits/_source/includes/0").asText())
			.isEqualTo("text");
		assertThat(json.toString()).doesNotContain("highlight");

		JsonNode listing = json(SearchRequests.pages("tai nguyen", List.of("a1"), false, "luutru-archive"));
		assertThat(listing.at("/aggregations/pages/aggregations/snippet").isMissingNode()).isTrue();
	}

	@Test
	void theListingGoesThroughDocumentEntriesInDocumentIdOrder() throws Exception {
		JsonNode json = json(SearchRequests.all("tai nguyen", "a1", 1000, "luutru-archive"));

		assertThat(json.at("/sort/0/documentId/order").asText()).isEqualTo("asc");
		assertThat(json.at("/search_after/0").asText()).isEqualTo("a1");
		assertThat(json.at("/query/bool/filter/0/bool/filter/0/term/entry/value").asText()).isEqualTo("document");
	}

	@Test
	void pagesAreToldApartByWhatIsOnThem() throws Exception {
		String pages = json(SearchRequests.pages("loai:ban-do hslt:HS-1 to:12 an khanh", List.of("a1"), false, "a"))
			.at("/query")
			.toString();

		assertThat(pages).contains("identifiers.mapSheets").doesNotContain("identifiers.kind", "archival", "title");
	}

	@Test
	void exactFormOutweighsFoldedForm() throws Exception {
		JsonNode should = json(SearchRequests.documents(new SearchQuery("Tài nguyên", 0, 10), "a"))
			.at("/query/bool/should");

		assertThat(should.get(0).at("/match/content/boost").floatValue()).isEqualTo(3f);
		assertThat(should.get(1).at("/match/content.folded/boost").floatValue()).isEqualTo(1f);
		assertThat(should.get(2).at("/match_phrase/content/boost").floatValue()).isEqualTo(4f);
		assertThat(should.get(2).at("/match_phrase/content/slop").asInt()).isEqualTo(1);
		assertThat(should.get(3).at("/match_phrase/content.folded/boost").floatValue()).isEqualTo(2f);
		assertThat(should.get(0).at("/match/content/query").asText()).isEqualTo("Tài nguyên");
	}

	@Test
	void fuzzinessIsAskedForOnlyWhereAWordIsLongEnoughToBeEdited() throws Exception {
		JsonNode shortWords = json(SearchRequests.documents(new SearchQuery("thu hồi đất 2019", 0, 10), "a"))
			.at("/query/bool/should");
		JsonNode longWord = json(SearchRequests.documents(new SearchQuery("tài nguyên 2019", 0, 10), "a"))
			.at("/query/bool/should");

		assertThat(shortWords.toString()).doesNotContain("fuzziness");
		assertThat(longWord.get(11).at("/match/content.folded/fuzziness").asText()).isEqualTo("AUTO:5,8");
		assertThat(longWord.get(11).at("/match/content.folded/query").asText()).isEqualTo("tài nguyên");
	}

	@Test
	void queryIsCheckedBeforeAnythingIsSent() {
		assertThatExceptionOfType(InvalidSearch.class).isThrownBy(() -> new SearchQuery(" \t", 0, 10));
		assertThatExceptionOfType(InvalidSearch.class).isThrownBy(() -> new SearchQuery("a", -1, 10));
		assertThatExceptionOfType(InvalidSearch.class).isThrownBy(() -> new SearchQuery("a", 0, 0));
		assertThatExceptionOfType(InvalidSearch.class).isThrownBy(() -> new SearchQuery("a".repeat(501), 0, 10));
		assertThatExceptionOfType(InvalidSearch.class).isThrownBy(() -> new SearchQuery("a", 100, 100));
		assertThat(new SearchQuery("a", 99, 100).from()).isEqualTo(9900);
	}

	@Test
	void identifiersInFreeTextMatchTheirFieldsAndTheKindOnlyRanks() throws Exception {
		JsonNode query = json(SearchRequests.documents(new SearchQuery("thông báo số 977/TB-STNMT", 0, 10), "a"))
			.at("/query/bool");

		String matching = query.at("/must/0/bool/should").toString();
		assertThat(matching).contains("{\"term\":{\"identifiers.documentNumbers\":{\"value\":\"977/TB-STNMT\"}}}");
		// The kind does not make a match: every notice would match "thông báo".
		assertThat(matching).doesNotContain("identifiers.kind");
		assertThat(query.at("/should").toString()).contains("identifiers.kind").contains("span_first");
	}

	@Test
	void wordsNamingNoIdentifierAreSearchedAsBefore() throws Exception {
		JsonNode query = json(SearchRequests.documents(new SearchQuery("tai nguyen", 0, 10), "a")).at("/query/bool");

		assertThat(query.has("must")).isFalse();
		assertThat(query.toString()).doesNotContain("constant_score\":{\"filter\":{\"term");
	}

	private static JsonNode json(SearchRequest request) throws Exception {
		return new ObjectMapper().readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
	}

}
