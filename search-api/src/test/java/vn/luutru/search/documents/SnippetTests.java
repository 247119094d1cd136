package vn.luutru.search.documents;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTests {

	@Test
	void scriptInPageTextStaysEscaped() {
		String html = Snippets.forQuery("tài nguyên").of("<script>alert('x')</script> Sở Tài nguyên").html();

		assertThat(html).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Sở <mark>Tài nguyên</mark>");
		assertThat(html).doesNotContain("<script").doesNotContain("</script");
	}

	@Test
	void literalMarkTagInPageTextIsNotAHighlight() {
		Snippet snippet = Snippets.forQuery("c").of("a <mark>b</mark> c");

		assertThat(snippet.marks()).isEqualTo(1);
		assertThat(snippet.html()).isEqualTo("a &lt;mark&gt;b&lt;/mark&gt; <mark>c</mark>");
	}

	@Test
	void wordsMarkedSideBySideReadAsOneRun() {
		Snippet snippet = Snippets.forQuery("tài nguyên môi trường đất").of("Sở Tài nguyên và Môi trường, đất");

		assertThat(snippet.marks()).isEqualTo(5);
		assertThat(snippet.html()).isEqualTo("Sở <mark>Tài nguyên</mark> và <mark>Môi trường</mark>, <mark>đất</mark>");
	}

	@Test
	void theExactFormIsMarkedUnlessTheFoldedFormMarksMore() {
		// "đất" typed: "đặt" folds to the same word, but the exact form marks as many.
		assertThat(Snippets.forQuery("đất").of("thu hồi đất, đặt cọc").html())
			.isEqualTo("thu hồi <mark>đất</mark>, đặt cọc");
		// Typed without diacritics: only the folded form marks anything.
		assertThat(Snippets.forQuery("tai nguyen").of("Sở Tài nguyên và Môi trường").html())
			.isEqualTo("Sở <mark>Tài nguyên</mark> và Môi trường");
		// The page without diacritics (OCR lost them), the query with.
		assertThat(Snippets.forQuery("Tài nguyên").of("So tai nguyen va moi truong").html())
			.isEqualTo("So <mark>tai nguyen</mark> va moi truong");
		// Đ folds to D, and either normal form of the query matches.
		assertThat(Snippets.forQuery(Normalizer.normalize("Đà Nẵng", Normalizer.Form.NFD))
			.of("UBND THÀNH PHỐ ĐÀ NẴNG")
			.html()).isEqualTo("UBND THÀNH PHỐ <mark>ĐÀ NẴNG</mark>");
	}

	@Test
	void phrasesAreMarkedButExcludedWordsAndFiltersAreNot() {
		String html = Snippets.forQuery("Đà Nẵng \"khu đất\" -cát so:977/TB-STNMT")
			.of("khu đất tại Đà Nẵng, cát xây dựng, số 977/TB-STNMT")
			.html();

		assertThat(html).isEqualTo("<mark>khu đất</mark> tại <mark>Đà Nẵng</mark>, cát xây dựng, số 977/TB-STNMT");
	}

	@Test
	void theSnippetIsThePassageWithTheMostTypedWords() {
		String filler = "Lorem ipsum dolor sit amet consectetur. ".repeat(10);
		String text = filler + "Tài nguyên nói ở đây. " + filler + "Sở Tài nguyên và Môi trường tỉnh Cần Thơ. "
				+ filler;

		Snippet snippet = Snippets.forQuery("tai nguyen moi truong").of(text);

		assertThat(snippet.html()).startsWith("Sở <mark>Tài nguyên</mark> và <mark>Môi trường</mark> tỉnh Cần Thơ.");
		assertThat(snippet.html().replaceAll("<[^>]+>", "").length()).isLessThanOrEqualTo(Snippets.LENGTH);
	}

	@Test
	void aPageWithoutTheTypedWordsShowsItsOpeningOnOneLine() {
		String text = "QUYẾT ĐỊNH\nVề việc giao đất. " + "Lorem ipsum dolor sit amet. ".repeat(20);

		Snippet snippet = Snippets.forQuery("so:977/TB-STNMT").of(text);

		assertThat(snippet.marks()).isZero();
		assertThat(snippet.html()).startsWith("QUYẾT ĐỊNH Về việc giao đất.");
		assertThat(snippet.html().length()).isLessThanOrEqualTo(Snippets.LENGTH);
		assertThat(snippet.html()).doesNotEndWith(" ");
		assertThat(Snippets.forQuery("a").of(null)).isEqualTo(Snippet.EMPTY);
		assertThat(Snippets.forQuery("a").of("  ").html()).isEmpty();
	}

	@Test
	void specialCharactersAreEscapedAndTheEmptySnippetIsEmpty() {
		assertThat(Snippets.forQuery("biên bản").of("Biên bản 5 > 3 \"x\" & y").html())
			.isEqualTo("<mark>Biên bản</mark> 5 &gt; 3 &quot;x&quot; &amp; y");
		assertThat(Snippet.EMPTY.html()).isEmpty();
	}

}
