package vn.luutru.archive.index;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the modules every node reports ({@code GET /_nodes/plugins}, filtered to the
 * modules' names) into whether the cluster indexes {@code geo_shape} fields.
 */
class ShapeSupportTests {

	// Two nodes of the default distribution, as the filtered response lists them.
	private static final String DEFAULT_DISTRIBUTION = """
			{"_nodes":{"total":2,"successful":2,"failed":0},
			 "nodes":{
			  "kJ4p0mWrQ2ahO1nE7x9yVg":{"modules":[{"name":"aggregations"},{"name":"apm"},
			     {"name":"x-pack-core"},{"name":"x-pack-spatial"},{"name":"transport-netty4"}]},
			  "Zq8cT1uNSoKx3bLr5dYhWA":{"modules":[{"name":"x-pack-core"},{"name":"spatial"},
			     {"name":"x-pack-security"}]}}}
			""";

	// The integ-test-zip distribution the archive embeds.
	private static final String EMBEDDED = """
			{"_nodes":{"total":1,"successful":1,"failed":0},
			 "nodes":{"p3fVb0kWTxyL9mQe2aRzNw":{"modules":[{"name":"apm"},{"name":"transport-netty4"},
			     {"name":"x-pack-core"},{"name":"x-pack-security"}]}}}
			""";

	@Test
	void clusterWhoseNodesAllHaveTheSpatialModuleIndexesShapes() throws IOException {
		assertThat(read(DEFAULT_DISTRIBUTION)).isEqualTo(new ShapeSupport.Supported(2));
	}

	@Test
	void clusterWithoutTheSpatialModuleDoesNot() throws IOException {
		assertThat(read(EMBEDDED)).isEqualTo(new ShapeSupport.Missing(1, 1));
	}

	@Test
	void oneNodeWithoutItIsEnoughForNot() throws IOException {
		String mixed = DEFAULT_DISTRIBUTION.replace("{\"name\":\"spatial\"},", "");
		assertThat(read(mixed)).isEqualTo(new ShapeSupport.Missing(2, 1));
	}

	@Test
	void nodesThatDidNotAnswerLeaveItUnknown() throws IOException {
		String partial = DEFAULT_DISTRIBUTION.replace("\"successful\":2,\"failed\":0", "\"successful\":1,\"failed\":1");
		assertThat(read(partial)).isInstanceOf(ShapeSupport.Unknown.class);
	}

	@Test
	void responseWithoutNodesLeavesItUnknown() throws IOException {
		assertThat(read("{}")).isInstanceOf(ShapeSupport.Unknown.class);
		assertThat(read("{\"error\":\"nope\"}")).isInstanceOf(ShapeSupport.Unknown.class);
	}

	@Test
	void onlyASupportedClusterIndexesShapes() {
		assertThat(new ShapeSupport.Supported(1).indexesShapes()).isTrue();
		assertThat(new ShapeSupport.Missing(1, 1).indexesShapes()).isFalse();
		assertThat(new ShapeSupport.Unknown("timeout").indexesShapes()).isFalse();
	}

	@Test
	void connectionsWithoutAClientYetLeaveItUnknown() {
		assertThat(ShapeSupport.ask(new ElasticsearchConnections())).isInstanceOf(ShapeSupport.Unknown.class);
	}

	private static ShapeSupport read(String json) throws IOException {
		return ShapeSupport.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

}
