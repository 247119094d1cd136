package vn.luutru.search.documents;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearchRequestsTests {

	@Test
	void searchesPagesAndCollapsesThemIntoDocuments() throws Exception {
		JsonNode json = json(SearchRequests.of(new SearchQuery("tai nguyen moi truong", 2, 20), "luutru-archive"));

		assertThat(json.at("/from").asInt()).isEqualTo(40);
		assertThat(json.at("/size").asInt()).isEqualTo(20);
		assertThat(json.at("/collapse/field").asText()).isEqualTo("documentId");
		assertThat(json.at("/aggregations/documents/cardinality/field").asText()).isEqualTo("documentId");
		assertThat(json.at("/aggregations/documents/cardinality/precision_threshold").asInt()).isEqualTo(40000);
		assertThat(json.at("/query/bool/filter/0/term/entry/value").asText()).isEqualTo("page");
		assertThat(json.at("/query/bool/minimum_should_match").asText()).isEqualTo("1");
	}

	@Test
	void exactFormOutweighsFoldedForm() throws Exception {
		JsonNode should = json(SearchRequests.of(new SearchQuery("Tài nguyên", 0, 10), "a")).at("/query/bool/should");

		assertThat(should.get(0).at("/match/text/boost").floatValue()).isEqualTo(3f);
		assertThat(should.get(1).at("/match/text.folded/boost").floatValue()).isEqualTo(1f);
		assertThat(should.get(2).at("/match_phrase/text/boost").floatValue()).isEqualTo(4f);
		assertThat(should.get(2).at("/match_phrase/text/slop").asInt()).isEqualTo(1);
		assertThat(should.get(3).at("/match_phrase/text.folded/boost").floatValue()).isEqualTo(2f);
		assertThat(should.get(0).at("/match/text/query").asText()).isEqualTo("Tài nguyên");
	}

	@Test
	void highlightsEscapedTextWithMarks() throws Exception {
		JsonNode highlight = json(SearchRequests.of(new SearchQuery("Đà Nẵng", 0, 10), "a")).at("/highlight");

		assertThat(highlight.at("/type").asText()).isEqualTo("unified");
		assertThat(highlight.at("/encoder").asText()).isEqualTo("html");
		assertThat(highlight.at("/pre_tags/0").asText()).isEqualTo("<mark>");
		assertThat(highlight.at("/post_tags/0").asText()).isEqualTo("</mark>");
		assertThat(highlight.at("/fields/0/text/fragment_size").asInt()).isEqualTo(160);
		assertThat(highlight.at("/fields/0/text/no_match_size").asInt()).isEqualTo(160);
		assertThat(highlight.at("/fields/1/text.folded/no_match_size").asInt()).isZero();
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
