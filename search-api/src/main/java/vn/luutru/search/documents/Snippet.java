package vn.luutru.search.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of page text with the matched words marked, written as HTML in which only
 * {@code <mark>} and {@code </mark>} are tags: page text comes from OCR and PDF text
 * layers and is never trusted, so everything else is escaped.
 *
 * @param parts the text in order, each part marked or not
 */
record Snippet(List<Part> parts) {

	static final String MARK = "<mark>";

	static final String END_MARK = "</mark>";

	static final Snippet EMPTY = new Snippet(List.of());

	Snippet {
		parts = List.copyOf(parts);
	}

	/** This snippet without the blanks it starts or ends with. */
	Snippet trimmed() {
		if (this.parts.isEmpty()) {
			return this;
		}
		List<Part> trimmed = new ArrayList<>(this.parts);
		Part first = trimmed.getFirst();
		trimmed.set(0, new Part(first.text().stripLeading(), first.marked()));
		Part last = trimmed.getLast();
		trimmed.set(trimmed.size() - 1, new Part(last.text().stripTrailing(), last.marked()));
		return new Snippet(trimmed.stream().filter((p) -> !p.text().isEmpty()).toList());
	}

	/** How many marked parts there are. */
	int marks() {
		return (int) this.parts.stream().filter(Part::marked).count();
	}

	/**
	 * The snippet as HTML: the text escaped, the marked parts in {@code <mark>…</mark>}.
	 */
	String html() {
		StringBuilder html = new StringBuilder();
		for (int i = 0; i < this.parts.size(); i++) {
			Part part = this.parts.get(i);
			if (!part.marked()) {
				html.append(escape(part.text()));
				continue;
			}
			// The typed words are marked one by one; words marked side by side ("Tài
			// nguyên") read as one run, as a phrase highlight shows them.
			html.append(MARK).append(escape(part.text()));
			while (i + 2 < this.parts.size() && this.parts.get(i + 1).text().isBlank()
					&& this.parts.get(i + 2).marked()) {
				html.append(escape(this.parts.get(i + 1).text())).append(escape(this.parts.get(i + 2).text()));
				i += 2;
			}
			html.append(END_MARK);
		}
		return html.toString();
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/**
	 * A run of text, matched or not.
	 *
	 * @param text plain text, not escaped
	 * @param marked whether the query matched it
	 */
	record Part(String text, boolean marked) {
	}

}
