package vn.luutru.ingest.limits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfNestingTests {

	@Test
	void arraysAndDictionariesNestedDeeperThanTheLimitAreFound() throws IOException {
		assertThat(deeperThan("<< /A [[[[ 1 ]]]] >>", 4)).isTrue();
		assertThat(deeperThan("<< /A [[[ 1 ]]] >>", 4)).isFalse();
		assertThat(deeperThan("<< /A << /B << /C [ 1 ] >> >> >>", 3)).isTrue();
	}

	@Test
	void stringsCommentsAndStreamDataAreNotCounted() throws IOException {
		String pdf = "%PDF-1.7\n% [[[[[[[[\n1 0 obj\n<< /T (a [[[[[[ \\) [[[[ string) /H <5b5b5b> /Length 8 >>\nstream\n"
				+ "[[[[[[[[\nendstream\nendobj\n";

		assertThat(deeperThan(pdf, 2)).isFalse();
	}

	private static boolean deeperThan(String pdf, int limit) throws IOException {
		return PdfNesting.deeperThan(new ByteArrayInputStream(pdf.getBytes(StandardCharsets.ISO_8859_1)), limit);
	}

}
