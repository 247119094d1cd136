package vn.luutru.archive;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import vn.luutru.archive.index.ElasticsearchProperties;
import vn.luutru.archive.postgres.PostgresProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stores' settings as the application binds them: defaults and refusals. */
class StoresPropertiesTests {

	@Test
	void defaultsScoreDocumentTextWithAWeakLengthNormalisationAndPoolTenConnections() {
		assertThat(bind("luutru.elasticsearch", ElasticsearchProperties.class, Map.of()).index()
			.contentLengthNormalisation()).isEqualTo(0.3);
		assertThat(bind("luutru.postgres", PostgresProperties.class, Map.of()).poolSize()).isEqualTo(10);
	}

	@Test
	void aLengthNormalisationOutsideZeroToOneIsRefusedNamingTheSetting() {
		assertThatThrownBy(() -> bind("luutru.elasticsearch", ElasticsearchProperties.class,
				Map.of("luutru.elasticsearch.index.content-length-normalisation", "1.5")))
			.isInstanceOf(BindException.class)
			.hasRootCauseMessage(
					"luutru.elasticsearch.index.content-length-normalisation must be between 0 and 1, not 1.5");
	}

	@Test
	void aPoolOfNoConnectionsIsRefusedNamingTheSetting() {
		assertThatThrownBy(
				() -> bind("luutru.postgres", PostgresProperties.class, Map.of("luutru.postgres.pool-size", "0")))
			.isInstanceOf(BindException.class)
			.hasRootCauseMessage("luutru.postgres.pool-size must be at least 1, not 0");
	}

	private static <T> T bind(String prefix, Class<T> type, Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate(prefix, type);
	}

}
