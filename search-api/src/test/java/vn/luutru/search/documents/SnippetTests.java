package vn.luutru.search.documents;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTests {

	@Test
	void scriptInPageTextStaysEscaped() {
		String html = Snippets.of("<script>alert('x')</script> Sở Tài nguyên", "tài nguyên").html();

		assertThat(html).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Sở <mark>Tài nguyên</mark>");
		assertThat(html).doesNotContain("<script").doesNotContain("</script");
	}

	@Test
	void literalMarkTagInPageTextIsNotAHighlight() {
		Snippet snippet = Snippets.of("a <mark>b</mark> c", "c");

		assertThat(snippet.marks()).isEqualTo(1);
		assertThat(snippet.html()).isEqualTo("a &lt;mark&gt;b&lt;/mark&gt; <mark>c</mark>");
	}

	@Test
	void wordsMarkedSideBySideReadAsOneRun() {
		Snippet snippet = Snippets.of("Sở Tài nguyên và Môi trường, đất", "tài nguyên môi trường đất");

		assertThat(snippet.marks()).isEqualTo(5);
		assertThat(snippet.html()).isEqualTo("Sở <mark>Tài nguyên</mark> và <mark>Môi trường</mark>, <mark>đất</mark>");
	}

	@Test
	void theExactFormIsMarkedUnlessTheFoldedFormMarksMore() {
		// "đất" typed: "đặt" folds to the same word, but the exact form marks as many.
		assertThat(Snippets.of("thu hồi đất, đặt cọc", "đất").html()).isEqualTo("thu hồi <mark>đất</mark>, đặt cọc");
		// Typed without diacritics: only the folded form marks anything.
		assertThat(Snippets.of("Sở Tài nguyên và Môi trường", "tai nguyen").html())
			.isEqualTo("Sở <mark>Tài nguyên</mark> và Môi trường");
		// The page without diacritics (OCR lost them), the query with.
		assertThat(Snippets.of("So tai nguyen va moi truong", "Tài nguyên").html())
			.isEqualTo("So <mark>tai nguyen</mark> va moi truong");
		// Đ folds to D, and either normal form of the query matches.
		assertThat(Snippets.of("UBND THÀNH PHỐ ĐÀ NẴNG", Normalizer.normalize("Đà Nẵng", Normalizer.Form.NFD)).html())
			.isEqualTo("UBND THÀNH PHỐ <mark>ĐÀ NẴNG</mark>");
	}

	@Test
	void phrasesAreMarkedButExcludedWordsAndFiltersAreNot() {
		String html = Snippets
			.of("khu đất tại Đà Nẵng, cát xây dựng, số 977/TB-STNMT", "Đà Nẵng \"khu đất\" -cát so:977/TB-STNMT")
			.html();

		assertThat(html).isEqualTo("<mark>khu đất</mark> tại <mark>Đà Nẵng</mark>, cát xây dựng, số 977/TB-STNMT");
	}

	@Test
	void theSnippetIsThePassageWithTheMostTypedWords() {
		String filler = "Lorem ipsum dolor sit amet consectetur. ".repeat(10);
		String text = filler + "Tài nguyên nói ở đây. " + filler + "Sở Tài nguyên và Môi trường tỉnh Cần Thơ. "
				+ filler;

		Snippet snippet = Snippets.of(text, "tai nguyen moi truong");

		assertThat(snippet.html()).startsWith("Sở <mark>Tài nguyên</mark> và <mark>Môi trường</mark> tỉnh Cần Thơ.");
		assertThat(snippet.html().replaceAll("<[^>]+>", "").length()).isLessThanOrEqualTo(Snippets.LENGTH);
	}

	@Test
	void aPageWithoutTheTypedWordsShowsItsOpeningOnOneLine() {
		String text = "QUYẾT ĐỊNH\nVề việc giao đất. " + "Lorem ipsum dolor sit amet. ".repeat(20);

		Snippet snippet = Snippets.of(text, "so:977/TB-STNMT");

		assertThat(snippet.marks()).isZero();
		assertThat(snippet.html()).startsWith("QUYẾT ĐỊNH Về việc giao đất.");
		assertThat(snippet.html().length()).isLessThanOrEqualTo(Snippets.LENGTH);
		assertThat(snippet.html()).doesNotEndWith(" ");
		assertThat(Snippets.of(null, "a")).isEqualTo(Snippet.EMPTY);
		assertThat(Snippets.of("  ", "a").html()).isEmpty();
	}

	@Test
	void specialCharactersAreEscapedAndTheEmptySnippetIsEmpty() {
		assertThat(Snippets.of("Biên bản 5 > 3 \"x\" & y", "biên bản").html())
			.isEqualTo("<mark>Biên bản</mark> 5 &gt; 3 &quot;x&quot; &amp; y");
		assertThat(Snippet.EMPTY.html()).isEmpty();
	}

}
