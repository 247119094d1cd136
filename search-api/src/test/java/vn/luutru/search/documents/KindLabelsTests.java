package vn.luutru.search.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.luutru.archive.identifiers.DocumentKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages name every kind of document the server reads, as the server names it: a kind
 * added to {@link DocumentKind} and not to the pages would show as its code in facets and
 * results.
 */
class KindLabelsTests {

	private static final Pattern KINDS = Pattern.compile("export const KINDS = \\{(.*?)\\};", Pattern.DOTALL);

	private static final Pattern ENTRY = Pattern.compile("'([a-z-]+)':\\s*'([^']+)'");

	@Test
	void thePagesLabelEveryKindAsTheServerDoes() throws IOException {
		Map<String, String> expected = Arrays.stream(DocumentKind.values())
			.collect(Collectors.toMap(DocumentKind::code, DocumentKind::label, (a, b) -> a, LinkedHashMap::new));

		assertThat(pageLabels()).isEqualTo(expected);
	}

	private static Map<String, String> pageLabels() throws IOException {
		try (InputStream script = KindLabelsTests.class.getResourceAsStream("/META-INF/resources/common.js")) {
			assertThat(script).as("common.js of ui-static on the class path").isNotNull();
			Matcher kinds = KINDS.matcher(new String(script.readAllBytes(), StandardCharsets.UTF_8));
			assertThat(kinds.find()).as("the KINDS table in common.js").isTrue();
			Map<String, String> labels = new LinkedHashMap<>();
			Matcher entry = ENTRY.matcher(kinds.group(1));
			while (entry.find()) {
				labels.put(entry.group(1), entry.group(2));
			}
			return labels;
		}
	}

}
