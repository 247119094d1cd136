package vn.luutru.search.documents;

import org.springframework.context.annotation.Import;
import vn.luutru.search.SignedIn;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(SignedIn.class)
@WebMvcTest(SearchController.class)
class SearchControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ArchiveSearch archive;

	@Test
	void answersOnePageOfDocumentHits() throws Exception {
		given(this.archive.search(any())).willReturn(new SearchResults(1, 0, 10,
				List.of(new SearchResults.Hit("0123456789abcdef01234567", "THÔNG BÁO 977/TB-STNMT: Kết quả thẩm định",
						"Kết quả thẩm định", "tb-977.pdf", 2, "Sở <mark>Tài nguyên</mark>", 7.5, 12, List.of(2, 5, 1))),
				Map.of("kind", List.of(new Facets.Facet("thong-bao", 1)))));

		this.mvc.perform(get("/api/search").param("q", "tai nguyen"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.facets.kind[0].value").value("thong-bao"))
			.andExpect(jsonPath("$.facets.kind[0].documents").value(1))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(10))
			.andExpect(jsonPath("$.hits[0].documentId").value("0123456789abcdef01234567"))
			.andExpect(jsonPath("$.hits[0].title").value("THÔNG BÁO 977/TB-STNMT: Kết quả thẩm định"))
			.andExpect(jsonPath("$.hits[0].subject").value("Kết quả thẩm định"))
			.andExpect(jsonPath("$.hits[0].fileName").value("tb-977.pdf"))
			.andExpect(jsonPath("$.hits[0].page").value(2))
			.andExpect(jsonPath("$.hits[0].snippet").value("Sở <mark>Tài nguyên</mark>"))
			.andExpect(jsonPath("$.hits[0].score").value(7.5))
			.andExpect(jsonPath("$.hits[0].matchingPages").value(12))
			.andExpect(jsonPath("$.hits[0].pages[1]").value(5));
	}

	@Test
	void normalisesTheQueryToNfcAndAppliesDefaults() throws Exception {
		given(this.archive.search(any())).willReturn(new SearchResults(0, 0, 10, List.of(), Map.of()));

		this.mvc.perform(get("/api/search").param("q", "  " + Normalizer.normalize("Đà  Nẵng", Normalizer.Form.NFD)))
			.andExpect(status().isOk());

		ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
		verify(this.archive).search(query.capture());
		assertThat(query.getValue()).isEqualTo(new SearchQuery("Đà Nẵng", 0, 10));
		assertThat(query.getValue().text()).isEqualTo(Normalizer.normalize("Đà Nẵng", Normalizer.Form.NFC));
	}

	@Test
	void blankQueryIsAProblem() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "   "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("tag:luutru,2025:problem/invalid-search"))
			.andExpect(jsonPath("$.title").value("Invalid search"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value("The query q is empty: give at least one word to search for."))
			.andExpect(jsonPath("$.instance").value("/api/search"));
		verifyNoInteractions(this.archive);
	}

	@Test
	void missingQueryIsAProblem() throws Exception {
		this.mvc.perform(get("/api/search"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400));
	}

	@Test
	void pageSizeOverAHundredIsAProblem() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "bản đồ").param("size", "101"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("size must be between 1 and 100, not 101."));
	}

	@Test
	void pagesBeyondTheResultWindowAreAProblem() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "bản đồ").param("page", "100").param("size", "100"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid search"));
	}

	@Test
	void nonNumericPageIsAProblem() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "bản đồ").param("page", "hai"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400));
	}

	@Test
	void unreachableIndexIsServiceUnavailable() throws Exception {
		given(this.archive.search(any())).willThrow(new IndexUnavailable(new java.io.IOException("refused")));

		this.mvc.perform(get("/api/search").param("q", "bản đồ"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.title").value("Archive index unavailable"));
	}

}
