package vn.luutru.ingest.samples;

import java.util.List;

/**
 * One page of a sample document and the text printed on it, for measuring what extraction
 * read back.
 *
 * @param fileName the sample file
 * @param number 1-based page number
 * @param lines the printed lines, NFC
 */
public record SamplePage(String fileName, int number, List<String> lines) {

	/** The printed text, one line per line. */
	public String text() {
		return String.join("\n", this.lines);
	}

}
