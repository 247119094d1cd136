package vn.luutru.ingest.limits;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How deep a PDF's arrays and dictionaries nest, read from its bytes before any parser
 * sees them: PDFBox parses nested objects recursively, so {@code [[[[…} two hundred
 * thousand deep would end in a {@link StackOverflowError}. Strings, comments and stream
 * data are skipped. Objects inside compressed object streams are not seen here; an error
 * they cause is contained to their file by the job.
 */
public final class PdfNesting {

	private static final byte[] STREAM = "stream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private static final byte[] ENDSTREAM = "endstream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private PdfNesting() {
	}

	/**
	 * Whether the file nests deeper than the limit; reading stops as soon as it does.
	 * @throws IOException when the file cannot be read
	 */
	public static boolean deeperThan(Path pdf, int limit) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(pdf), 64 * 1024)) {
			return deeperThan(in, limit);
		}
	}

	static boolean deeperThan(InputStream in, int limit) throws IOException {
		int depth = 0;
		int previous = -1;
		int matched = 0;
		int c;
		while ((c = in.read()) != -1) {
			switch (c) {
				case '[' -> depth++;
				case ']' -> depth--;
				case '(' -> skipString(in);
				case '%' -> skipLine(in);
				case '<' -> {
					if (previous == '<') {
						depth++;
						c = -1;
					}
				}
				case '>' -> {
					if (previous == '>') {
						depth--;
						c = -1;
					}
				}
				default -> {
				}
			}
			if (depth > limit) {
				return true;
			}
			matched = (c == STREAM[matched]) ? matched + 1 : (c == STREAM[0] ? 1 : 0);
			if (matched == STREAM.length) {
				skipTo(in, ENDSTREAM);
				matched = 0;
			}
			previous = c;
		}
		return false;
	}

	private static void skipString(InputStream in) throws IOException {
		int open = 1;
		int c;
		while (open > 0 && (c = in.read()) != -1) {
			if (c == '\\') {
				in.read();
			}
			else if (c == '(') {
				open++;
			}
			else if (c == ')') {
				open--;
			}
		}
	}

	private static void skipLine(InputStream in) throws IOException {
		int c;
		while ((c = in.read()) != -1 && c != '\n' && c != '\r') {
			// the comment's text
		}
	}

	private static void skipTo(InputStream in, byte[] keyword) throws IOException {
		int matched = 0;
		int c;
		while (matched < keyword.length && (c = in.read()) != -1) {
			matched = (c == keyword[matched]) ? matched + 1 : (c == keyword[0] ? 1 : 0);
		}
	}

}
