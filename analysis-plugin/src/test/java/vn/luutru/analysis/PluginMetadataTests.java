package vn.luutru.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the metadata the installer reads, as filtered into the build, against the
 * classes: a rename on either side would otherwise only show up when a node fails to load
 * the plugin.
 */
class PluginMetadataTests {

	private static final Path METADATA = Path
		.of(System.getProperty("luutru.plugin.metadata", "target/plugin-metadata"));

	@Test
	void namedComponentsPointAtTheAnnotatedFactory() throws Exception {
		String json = Files.readString(METADATA.resolve("named_components.json"), StandardCharsets.UTF_8);
		Matcher entry = Pattern
			.compile("\\{\\s*\"([^\"]+)\"\\s*:\\s*\\{\\s*\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"\\s*}\\s*}")
			.matcher(json.strip());
		assertThat(entry.matches()).as("single component entry in %s", json).isTrue();
		assertThat(entry.group(1)).isEqualTo(TokenFilterFactory.class.getName());
		Class<?> factory = Class.forName(entry.group(3));
		assertThat(TokenFilterFactory.class).isAssignableFrom(factory);
		NamedComponent named = factory.getAnnotation(NamedComponent.class);
		assertThat(named).as("@NamedComponent on %s", factory.getName()).isNotNull();
		assertThat(named.value()).isEqualTo(entry.group(2)).isEqualTo("vietnamese_folding");
		assertThat(factory.getConstructor().newInstance()).isInstanceOf(TokenFilterFactory.class);
	}

	@Test
	void descriptorHasExactlyTheStablePluginKeys() throws IOException {
		Properties descriptor = new Properties();
		try (Reader reader = Files.newBufferedReader(METADATA.resolve("stable-plugin-descriptor.properties"),
				StandardCharsets.UTF_8)) {
			descriptor.load(reader);
		}
		assertThat(descriptor.stringPropertyNames()).containsExactlyInAnyOrder("description", "version", "name",
				"java.version", "elasticsearch.version");
		assertThat(descriptor.getProperty("name")).isEqualTo("luutru-analysis-vietnamese");
		assertThat(descriptor.values())
			.allSatisfy((value) -> assertThat((String) value).isNotBlank().doesNotContain("${"));
		assertThat(descriptor.getProperty("elasticsearch.version")).matches("\\d+\\.\\d+\\.\\d+");
		assertThat(descriptor.getProperty("java.version")).matches("\\d+");
	}

}
