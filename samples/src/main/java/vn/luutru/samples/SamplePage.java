package vn.luutru.samples;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The source text of one page: full-width blocks and two-column blocks (the header with
 * the issuing body beside the national motto, the recipients beside the signature), top
 * to bottom.
 *
 * @param sections the blocks in order
 */
record SamplePage(List<Section> sections) {

	static SamplePage of(Section... sections) {
		return new SamplePage(List.of(sections));
	}

	/**
	 * The text in reading order (left column before right), one paragraph a line, NFC.
	 */
	String text() {
		return this.sections.stream()
			.flatMap(Section::paragraphs)
			.map(Paragraph::text)
			.collect(Collectors.joining("\n"));
	}

	/** A block of the page. */
	sealed interface Section {

		/** The block's paragraphs in reading order. */
		Stream<Paragraph> paragraphs();

		static Section body(Paragraph... paragraphs) {
			return new Body(List.of(paragraphs));
		}

		static Section columns(List<Paragraph> left, List<Paragraph> right) {
			return new Columns(left, right);
		}

	}

	/** Paragraphs across the text width. */
	record Body(List<Paragraph> items) implements Section {

		@Override
		public Stream<Paragraph> paragraphs() {
			return this.items.stream();
		}

	}

	/** Two columns side by side, starting at the same height. */
	record Columns(List<Paragraph> left, List<Paragraph> right) implements Section {

		@Override
		public Stream<Paragraph> paragraphs() {
			return IntStream.range(0, Math.max(this.left.size(), this.right.size()))
				.boxed()
				.flatMap((row) -> Stream.concat(this.left.stream().skip(row).limit(1),
						this.right.stream().skip(row).limit(1)));
		}

	}

}
