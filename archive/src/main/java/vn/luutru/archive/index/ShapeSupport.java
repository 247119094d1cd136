package vn.luutru.archive.index;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Whether the cluster can index {@code geo_shape} fields: every node has the spatial
 * module (x-pack-spatial, in the default distribution; not in the embedded one). Asked
 * with {@code GET /_nodes/plugins} filtered to the modules' names and read as plain JSON:
 * the client's model of the whole answer fails to decode it, because a stable-API plugin
 * (the archive's own analysis plugin, installed on every node) is listed with
 * {@code "classname": null}, and the model requires a class name.
 */
sealed interface ShapeSupport {

	/** Whether the archive index may map the footprint polygon as {@code geo_shape}. */
	boolean indexesShapes();

	/**
	 * Every node has the spatial module.
	 *
	 * @param nodes the nodes that answered
	 */
	record Supported(int nodes) implements ShapeSupport {

		@Override
		public boolean indexesShapes() {
			return true;
		}

	}

	/**
	 * Some node lacks the spatial module (the embedded distribution's does).
	 *
	 * @param nodes the nodes that answered
	 * @param without how many of them lack it
	 */
	record Missing(int nodes, int without) implements ShapeSupport {

		@Override
		public boolean indexesShapes() {
			return false;
		}

	}

	/**
	 * The cluster could not be asked, or its answer not read: the polygon stays
	 * unindexed, which is safe but worth a warning.
	 *
	 * @param reason why
	 */
	record Unknown(String reason) implements ShapeSupport {

		@Override
		public boolean indexesShapes() {
			return false;
		}

	}

	/**
	 * The spatial module's plugin name, and its directory's, which some builds report.
	 */
	Set<String> SPATIAL_MODULES = Set.of("spatial", "x-pack-spatial");

	/** Asks the cluster over the low-level client the connections keep. */
	static ShapeSupport ask(ElasticsearchConnections connections) {
		Rest5Client client = connections.lowLevel();
		if (client == null) {
			return new Unknown("the client has no low-level REST client to ask with");
		}
		Request request = new Request("GET", "/_nodes/plugins");
		request.addParameter("filter_path", "_nodes,nodes.*.modules.name");
		try {
			Response response = client.performRequest(request);
			try (InputStream body = response.getEntity().getContent()) {
				return read(body);
			}
		}
		catch (IOException | RuntimeException ex) {
			return new Unknown(ex.toString());
		}
	}

	/** Reads the filtered {@code _nodes/plugins} answer. */
	static ShapeSupport read(InputStream json) throws IOException {
		JsonNode answer = new ObjectMapper().readTree(json);
		int failed = answer.path("_nodes").path("failed").asInt(0);
		if (failed > 0) {
			return new Unknown(failed + " node(s) did not answer");
		}
		JsonNode nodes = answer.path("nodes");
		if (!nodes.isObject() || nodes.isEmpty()) {
			return new Unknown("the answer lists no nodes");
		}
		int without = 0;
		for (Map.Entry<String, JsonNode> node : nodes.properties()) {
			boolean spatial = false;
			for (JsonNode module : node.getValue().path("modules")) {
				spatial |= SPATIAL_MODULES.contains(module.path("name").asText());
			}
			without += spatial ? 0 : 1;
		}
		return (without == 0) ? new Supported(nodes.size()) : new Missing(nodes.size(), without);
	}

}
