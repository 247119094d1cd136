package vn.luutru.search.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTests {

	@Test
	void scriptInPageTextStaysEscaped() {
		// As Elasticsearch returns "<script>alert('x')</script> Sở Tài nguyên"
		// highlighted with encoder html.
		String fragment = "&lt;script&gt;alert(&#x27;x&#x27;)&lt;&#x2F;script&gt; Sở <mark>Tài</mark> <mark>nguyên</mark>";

		String html = Snippet.fromHighlight(fragment).html();

		assertThat(html).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Sở <mark>Tài nguyên</mark>");
		assertThat(html).doesNotContain("<script").doesNotContain("</script");
	}

	@Test
	void literalMarkTagInPageTextIsNotAHighlight() {
		Snippet snippet = Snippet.fromHighlight("a &lt;mark&gt;b&lt;&#x2F;mark&gt; <mark>c</mark>");

		assertThat(snippet.marks()).isEqualTo(1);
		assertThat(snippet.html()).isEqualTo("a &lt;mark&gt;b&lt;/mark&gt; <mark>c</mark>");
	}

	@Test
	void numericReferencesBecomeVietnameseLettersAgain() {
		Snippet snippet = Snippet
			.fromHighlight("S&#7903; <mark>T&#224;i nguy&#xEA;n</mark> &amp; M&#244;i tr&#432;&#7901;ng");

		assertThat(snippet.parts()).containsExactly(new Snippet.Part("Sở ", false),
				new Snippet.Part("Tài nguyên", true), new Snippet.Part(" & Môi trường", false));
		assertThat(snippet.html()).isEqualTo("Sở <mark>Tài nguyên</mark> &amp; Môi trường");
	}

	@Test
	void wordsMarkedSideBySideReadAsOneRun() {
		Snippet snippet = Snippet.fromHighlight("Sở <mark>Tài</mark> <mark>nguyên</mark> và <mark>Môi</mark>"
				+ " <mark>trường</mark>, <mark>đất</mark>");

		assertThat(snippet.marks()).isEqualTo(5);
		assertThat(snippet.html()).isEqualTo("Sở <mark>Tài nguyên</mark> và <mark>Môi trường</mark>, <mark>đất</mark>");
	}

	@Test
	void unmarkedFallbackIsEscapedText() {
		assertThat(Snippet.fromHighlight("Biên bản 5 &gt; 3 &quot;x&quot;").html())
			.isEqualTo("Biên bản 5 &gt; 3 &quot;x&quot;");
		assertThat(Snippet.EMPTY.html()).isEmpty();
	}

	@Test
	void exactFragmentIsPreferredUnlessFoldedMarksMore() {
		Map<String, List<String>> both = Map.of(SearchRequests.TEXT, List.of("<mark>Tài</mark> nguyên"),
				SearchRequests.TEXT_FOLDED, List.of("<mark>Tài</mark> <mark>nguyên</mark>"));
		Map<String, List<String>> tie = Map.of(SearchRequests.TEXT, List.of("exact <mark>Tài</mark>"),
				SearchRequests.TEXT_FOLDED, List.of("folded <mark>Tai</mark>"));
		Map<String, List<String>> foldedOnly = Map.of(SearchRequests.TEXT_FOLDED, List.of("<mark>ĐÀ</mark>"));

		assertThat(ArchiveSearch.best(both).marks()).isEqualTo(2);
		assertThat(ArchiveSearch.best(tie).html()).isEqualTo("exact <mark>Tài</mark>");
		assertThat(ArchiveSearch.best(foldedOnly).html()).isEqualTo("<mark>ĐÀ</mark>");
		assertThat(ArchiveSearch.best(Map.of())).isEqualTo(Snippet.EMPTY);
	}

}
