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
	void searchesPagesAndCollapsesThemIntoDocumentsWithNothingElseOnTheCollapsedSearch() throws Exception {
		JsonNode json = json(
				SearchRequests.documents(new SearchQuery("tai nguyen moi truong", 2, 20), "luutru-archive"));

		assertThat(json.at("/from").asInt()).isEqualTo(40);
		assertThat(json.at("/size").asInt()).isEqualTo(20);
		assertThat(json.at("/collapse/field").asText()).isEqualTo("documentId");
		// Inner hits would be one more search per document; aggregations would score
		// every match.
		assertThat(json.at("/collapse/inner_hits").isMissingNode()).isTrue();
		assertThat(json.has("aggregations")).isFalse();
		assertThat(json.at("/query/bool/filter/0/term/entry/value").asText()).isEqualTo("page");
		assertThat(json.at("/query/bool/minimum_should_match").asText()).isEqualTo("1");
	}

	@Test
	void facetsCountDocumentsWithTheQueryAsAFilterInACacheableRequest() throws Exception {
		SearchQuery query = new SearchQuery("tai nguyen moi truong", 2, 20);
		JsonNode json = json(SearchRequests.facets(query, "luutru-archive"));

		assertThat(json.at("/size").asInt()).isZero();
		assertThat(json.at("/aggregations/documents/cardinality/field").asText()).isEqualTo("documentId");
		assertThat(json.at("/aggregations/documents/cardinality/precision_threshold").asInt()).isEqualTo(40000);
		assertThat(json.at("/aggregations/kind/terms/field").asText()).isEqualTo("identifiers.kind");
		// The same matching pages as the documents' search, unscored.
		assertThat(json.at("/query/bool/filter/0"))
			.isEqualTo(json(SearchRequests.documents(query, "luutru-archive")).at("/query"));
	}

	@Test
	void pagesOfTheDocumentsFoundAreCountedAndTheBestListed() throws Exception {
		JsonNode json = json(SearchRequests.pages("tai nguyen", List.of("a1", "b2"), "luutru-archive"));

		assertThat(json.at("/size").asInt()).isZero();
		assertThat(json.at("/query/bool/filter/0/terms/documentId")).hasSize(2);
		assertThat(json.at("/query/bool/must/0/bool/should")).isNotEmpty();
		assertThat(json.at("/aggregations/pages/terms/size").asInt()).isEqualTo(2);
		assertThat(json.at("/aggregations/pages/aggregations/best/top_hits/size").asInt()).isEqualTo(5);
		assertThat(json.at("/aggregations/pages/aggregations/best/top_hits/docvalue_fields/0/field").asText())
			.isEqualTo("page");
	}

	@Test
	void exactFormOutweighsFoldedForm() throws Exception {
		JsonNode should = json(SearchRequests.documents(new SearchQuery("Tài nguyên", 0, 10), "a"))
			.at("/query/bool/should");

		assertThat(should.get(0).at("/match/text/boost").floatValue()).isEqualTo(3f);
		assertThat(should.get(1).at("/match/text.folded/boost").floatValue()).isEqualTo(1f);
		assertThat(should.get(2).at("/match_phrase/text/boost").floatValue()).isEqualTo(4f);
		assertThat(should.get(2).at("/match_phrase/text/slop").asInt()).isEqualTo(1);
		assertThat(should.get(3).at("/match_phrase/text.folded/boost").floatValue()).isEqualTo(2f);
		assertThat(should.get(0).at("/match/text/query").asText()).isEqualTo("Tài nguyên");
	}

	@Test
	void highlightsEscapedTextWithMarksOfTheTypedWordsAndPhrases() throws Exception {
		JsonNode highlight = json(SearchRequests.documents(new SearchQuery("Đà Nẵng \"khu đất\" -cát", 0, 10), "a"))
			.at("/highlight");

		assertThat(highlight.at("/type").asText()).isEqualTo("unified");
		assertThat(highlight.at("/encoder").asText()).isEqualTo("html");
		assertThat(highlight.at("/pre_tags/0").asText()).isEqualTo("<mark>");
		assertThat(highlight.at("/post_tags/0").asText()).isEqualTo("</mark>");
		assertThat(highlight.at("/fields/0/text/fragment_size").asInt()).isEqualTo(160);
		assertThat(highlight.at("/fields/0/text/no_match_size").asInt()).isEqualTo(160);
		assertThat(highlight.at("/fields/1/text.folded/no_match_size").asInt()).isZero();
		// Plain matches (no fuzzy or phrase clauses to analyse the page again for), of
		// the phrase and of the words, never of an excluded word.
		JsonNode marked = highlight.at("/highlight_query/bool/should");
		assertThat(marked.findValuesAsText("query")).containsExactly("khu đất", "khu đất", "Đà Nẵng", "Đà Nẵng");
		assertThat(marked.toString()).doesNotContain("fuzziness", "match_phrase", "cát");
	}

	@Test
	void aQueryOfFiltersOnlyMarksNothingAndShowsThePagesOpening() throws Exception {
		JsonNode highlight = json(SearchRequests.documents(new SearchQuery("so:977/TB-STNMT", 0, 10), "a"))
			.at("/highlight");

		assertThat(highlight.at("/highlight_query/match_none").isObject()).isTrue();
		assertThat(highlight.at("/fields/0/text/no_match_size").asInt()).isEqualTo(160);
	}

	@Test
	void fuzzinessIsAskedForOnlyWhereAWordIsLongEnoughToBeEdited() throws Exception {
		JsonNode shortWords = json(SearchRequests.documents(new SearchQuery("thu hồi đất 2019", 0, 10), "a"))
			.at("/query/bool/should");
		JsonNode longWord = json(SearchRequests.documents(new SearchQuery("tài nguyên 2019", 0, 10), "a"))
			.at("/query/bool/should");

		assertThat(shortWords.toString()).doesNotContain("fuzziness");
		assertThat(longWord.get(6).at("/match/text.folded/fuzziness").asText()).isEqualTo("AUTO:5,8");
		assertThat(longWord.get(6).at("/match/text.folded/query").asText()).isEqualTo("tài nguyên");
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

	private static JsonNode json(SearchRequest request) throws Exception {
		return new ObjectMapper().readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
	}

}
