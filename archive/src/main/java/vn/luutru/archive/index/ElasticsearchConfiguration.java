package vn.luutru.archive.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.process.ServiceFailed;
import vn.luutru.archive.process.ServiceUser;

/**
 * The Elasticsearch client and archive index, backed by the embedded node or an external
 * cluster.
 */
@Configuration(proxyBeanMethods = false)
public class ElasticsearchConfiguration {

	@Bean(initMethod = "start", destroyMethod = "stop")
	@ConditionalOnProperty(name = "luutru.elasticsearch.mode", havingValue = "embedded", matchIfMissing = true)
	EmbeddedElasticsearch embeddedElasticsearch(ElasticsearchProperties properties, ServicesProperties services) {
		ServiceUser user = ServiceUser.forCurrentProcess(services.serviceUser());
		ElasticsearchInstallation installation = new ElasticsearchInstallation(
				services.dataDir().resolve("elasticsearch"), properties.embedded(), user, properties.index().alias());
		return new EmbeddedElasticsearch(installation, user, properties.embedded().httpPort(), services.startTimeout());
	}

	@Bean
	ElasticsearchConnections elasticsearchConnections() {
		return new ElasticsearchConnections();
	}

	@Bean(destroyMethod = "close")
	ElasticsearchClient elasticsearchClient(ElasticsearchProperties properties,
			ObjectProvider<EmbeddedElasticsearch> embedded, ElasticsearchConnections connections) {
		EmbeddedElasticsearch node = embedded.getIfAvailable();
		if (node != null) {
			return client(connections.client(List.of(node.uri()),
					ElasticsearchConnections.basic(node.username(), node.password()), null));
		}
		ElasticsearchProperties.External external = properties.external();
		if (external.uris().isEmpty()) {
			throw new ServiceFailed("luutru.elasticsearch.mode=external needs luutru.elasticsearch.external.uris");
		}
		return client(connections.client(external.uris(), authorization(external),
				(external.caCertificate() != null) ? trusting(external) : null));
	}

	private static ElasticsearchClient client(Rest5Client restClient) {
		return new ElasticsearchClient(new Rest5ClientTransport(restClient, jsonMapper()));
	}

	private static @Nullable String authorization(ElasticsearchProperties.External external) {
		if (hasText(external.apiKey())) {
			return ElasticsearchConnections.apiKey(external.apiKey());
		}
		if (hasText(external.username())) {
			return ElasticsearchConnections.basic(external.username(),
					(external.password() != null) ? external.password() : "");
		}
		return null;
	}

	private static SSLContext trusting(ElasticsearchProperties.External external) {
		try (InputStream pem = Files.newInputStream(external.caCertificate())) {
			KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
			trust.load(null, null);
			int n = 0;
			for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
				trust.setCertificateEntry("ca-" + n++, certificate);
			}
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(trust);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, factory.getTrustManagers(), null);
			return context;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new ServiceFailed(
					"Cannot read the CA certificate " + external.caCertificate() + ": " + ex.getMessage(), ex);
		}
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	@Bean
	ArchiveIndex archiveIndex(ElasticsearchClient client, ElasticsearchConnections connections,
			ElasticsearchProperties properties) {
		return new ArchiveIndex(client, connections, properties.index());
	}

	/** How entries are written to and read from the index: dates as ISO-8601 text. */
	static JacksonJsonpMapper jsonMapper() {
		return new JacksonJsonpMapper(new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
	}

}
