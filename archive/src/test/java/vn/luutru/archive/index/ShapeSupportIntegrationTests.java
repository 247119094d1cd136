package vn.luutru.archive.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asks the real embedded node whether it indexes shapes: it answers no (its distribution
 * has no spatial module), and that is an answer, not a failure to get one.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = ShapeSupportIntegrationTests.Stores.class)
class ShapeSupportIntegrationTests {

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "shapes");
	}

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ElasticsearchConnections connections;

	@Test
	void embeddedNodeAnswersThatItHasNoSpatialModule() {
		assertThat(ShapeSupport.ask(this.connections)).isEqualTo(new ShapeSupport.Missing(1, 1));
	}

	@Test
	void theQuestionGoesOverTheTypedClientsOwnLowLevelClient() {
		// One handle: the pool the meters read is the pool this question leases from.
		Rest5ClientTransport transport = (Rest5ClientTransport) this.client._transport();
		assertThat(this.connections.lowLevel()).isNotNull().isSameAs(transport.restClient());
	}

	@Test
	void creatingAnIndexThereWarnsOfNothing(CapturedOutput output) throws Exception {
		ArchiveIndex index = new ArchiveIndex(this.client, this.connections,
				new ElasticsearchProperties.Index("luutru-shapes", 1, 0, 0.3));

		index.create("luutru-shapes-v1");

		assertThat(output).doesNotContain("Could not tell whether Elasticsearch indexes shapes");
		this.client.indices().putAlias((alias) -> alias.index("luutru-shapes-v1").name("luutru-shapes"));
		assertThat(index.indexesShapes()).isFalse();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Stores {

	}

}
