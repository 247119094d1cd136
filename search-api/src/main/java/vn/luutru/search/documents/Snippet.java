package vn.luutru.search.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of page text with the matched words marked, read from an Elasticsearch
 * highlight fragment and written back as HTML in which only {@code <mark>} and
 * {@code </mark>} are tags.
 *
 * <p>
 * Elasticsearch's {@code html} encoder escapes the text (some versions also turn every
 * non-ASCII letter into a numeric reference, which would make Vietnamese unreadable to
 * API clients that show the raw string). The fragment is therefore decoded into text
 * parts and escaped again, minimally, here.
 *
 * @param parts the text in order, each part marked or not
 */
record Snippet(List<Part> parts) {

	static final String MARK = "<mark>";

	static final String END_MARK = "</mark>";

	static final Snippet EMPTY = new Snippet(List.of());

	private static final Pattern TAGS = Pattern.compile(Pattern.quote(MARK) + "|" + Pattern.quote(END_MARK));

	private static final Pattern REFERENCE = Pattern
		.compile("&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);");

	Snippet {
		parts = List.copyOf(parts);
	}

	/**
	 * Reads a fragment highlighted with {@code encoder: html} and the {@code <mark>}
	 * tags.
	 * @param fragment escaped text in which the only tags are the highlight tags
	 */
	static Snippet fromHighlight(String fragment) {
		List<Part> parts = new ArrayList<>();
		Matcher tag = TAGS.matcher(fragment);
		int start = 0;
		boolean marked = false;
		while (tag.find()) {
			add(parts, fragment.substring(start, tag.start()), marked);
			marked = tag.group().equals(MARK);
			start = tag.end();
		}
		add(parts, fragment.substring(start), marked);
		return new Snippet(parts);
	}

	private static void add(List<Part> parts, String escaped, boolean marked) {
		if (!escaped.isEmpty()) {
			parts.add(new Part(unescape(escaped), marked));
		}
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

	static String unescape(String escaped) {
		return REFERENCE.matcher(escaped)
			.replaceAll((reference) -> Matcher.quoteReplacement(decode(reference.group(1))));
	}

	private static String decode(String name) {
		return switch (name) {
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "quot" -> "\"";
			case "apos" -> "'";
			default -> codePoint(name);
		};
	}

	private static String codePoint(String numeric) {
		boolean hex = numeric.charAt(1) == 'x' || numeric.charAt(1) == 'X';
		int codePoint = Integer.parseInt(numeric.substring(hex ? 2 : 1), hex ? 16 : 10);
		return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uFFFD";
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
