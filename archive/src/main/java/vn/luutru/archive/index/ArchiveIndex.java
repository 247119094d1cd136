package vn.luutru.archive.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.PutMappingRequest;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archive index behind its alias: everything reads and writes through
 * {@link #alias()}, the versioned index behind it is created from the reviewed mapping
 * file {@code elasticsearch/archive-index.json}.
 */
public final class ArchiveIndex {

	private static final Logger log = LoggerFactory.getLogger(ArchiveIndex.class);

	static final String MAPPING = "elasticsearch/archive-index.json";

	/**
	 * What the mapping file's {@code _meta.layout} says the index holds: 2 since document
	 * entries hold their pages' text ({@code content}), which searches find documents by;
	 * 3 since that text is scored with a weaker length normalisation
	 * ({@code content_bm25}), so that a long report is not ranked below short papers for
	 * a passage on one of its pages. An index of layout 1 needs a reindex for its older
	 * documents to be found; one of layout 2 ranks long documents lower until reindexed.
	 */
	public static final int LAYOUT = 3;

	private static final int CONTENT_LAYOUT = 2;

	private static final int CONTENT_SCORED_LAYOUT = 3;

	// The document text's scoring (Elasticsearch fixes a field's similarity when the
	// field is created); the mapping file leaves its b to the setting.
	private static final String CONTENT_SIMILARITY = "content_bm25";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ElasticsearchClient client;

	private final ElasticsearchConnections connections;

	private final ElasticsearchProperties.Index settings;

	/**
	 * An archive index.
	 * @param client the typed client
	 * @param connections its pool, whose low-level client asks what the typed one cannot
	 * @param settings the alias and index settings
	 */
	public ArchiveIndex(ElasticsearchClient client, ElasticsearchConnections connections,
			ElasticsearchProperties.Index settings) {
		this.client = client;
		this.connections = connections;
		this.settings = settings;
	}

	/** The alias every reader and writer uses. */
	public String alias() {
		return this.settings.alias();
	}

	/**
	 * Creates the first versioned index and points the alias at it, unless the alias
	 * exists already; then it brings an existing index's mapping up to date with the
	 * fields added since it was created (new fields only: Elasticsearch refuses to change
	 * existing ones, which takes a reindex).
	 * @throws UncheckedIOException when Elasticsearch cannot be reached
	 */
	public synchronized void ensureExists() {
		try {
			if (this.client.indices().existsAlias((request) -> request.name(alias())).value()) {
				addNewFields();
				return;
			}
			String index = alias() + "-v1";
			try {
				create(index);
			}
			catch (ElasticsearchException ex) {
				// Another process (a worker's start-up reconciliation, the web server)
				// made it meanwhile: the alias below is the same either way.
				if (ex.error() == null || !"resource_already_exists_exception".equals(ex.error().type())) {
					throw ex;
				}
			}
			this.client.indices().putAlias((request) -> request.index(index).name(alias()).isWriteIndex(true));
			log.info("Created index {} behind alias {}", index, alias());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot reach Elasticsearch to prepare the archive index", ex);
		}
	}

	private void addNewFields() throws IOException {
		String current = current();
		int layout = layout(current);
		if (layout < CONTENT_LAYOUT) {
			log.warn(
					"The archive index {} was built before document entries held their pages' text (layout {}, now {}):"
							+ " searches do not find the documents ingested before. Run ./luutru reindex once.",
					current, layout, LAYOUT);
		}
		else if (layout < LAYOUT) {
			log.warn("The archive index {} scores documents' text as it was built (layout {}, now {}): long documents"
					+ " rank lower than they should for a passage on one of their pages. Run ./luutru reindex once.",
					current, layout, LAYOUT);
		}
		// A field's type cannot change: the footprint stays mapped as the index was made.
		ObjectNode mappings = (ObjectNode) JSON.readTree(definition(indexesShapes())).path("mappings");
		// The layout an index was built with stays its own: only a reindex raises it.
		mappings.remove("_meta");
		// Nor can a field's scoring change, and an index of an earlier layout has no such
		// similarity: its fields are added (or left) with the default one.
		if (layout < CONTENT_SCORED_LAYOUT) {
			mappings.findParents("similarity").forEach((field) -> ((ObjectNode) field).remove("similarity"));
		}
		String body = JSON.writeValueAsString(mappings);
		this.client.indices()
			.putMapping(PutMappingRequest.of((builder) -> builder.index(alias()).withJson(new StringReader(body))));
	}

	/**
	 * The layout the index behind the alias was built with ({@code _meta.layout} of its
	 * mapping; 1 for an index built before the layout was recorded).
	 */
	public int layout() throws IOException {
		return layout(current());
	}

	private int layout(String index) throws IOException {
		TypeMapping mapping = this.client.indices().getMapping((request) -> request.index(index)).get(index).mappings();
		JsonData layout = (mapping.meta() != null) ? mapping.meta().get("layout") : null;
		return (layout != null) ? layout.to(Integer.class) : 1;
	}

	/**
	 * Creates a new, empty index with the archive's settings and mapping (used for
	 * reindexing too).
	 */
	public void create(String index) throws IOException {
		String body = definition();
		CreateIndexRequest request = CreateIndexRequest
			.of((builder) -> builder.index(index).withJson(new StringReader(body)));
		this.client.indices().create(request);
	}

	/**
	 * The mapping file with this deployment's shard and replica counts and document-text
	 * length normalisation filled in, and a map's footprint polygon mapped as a
	 * {@code geo_shape} where the cluster has the spatial module (the embedded
	 * distribution has not: there the polygon is only kept, and searches compare the
	 * footprint's envelope).
	 */
	String definition() throws IOException {
		return definition(hasShapes());
	}

	String definition(boolean shapes) throws IOException {
		try (InputStream mapping = ArchiveIndex.class.getClassLoader().getResourceAsStream(MAPPING)) {
			if (mapping == null) {
				throw new IllegalStateException(MAPPING + " is missing from the classpath");
			}
			ObjectNode json = (ObjectNode) JSON.readTree(mapping);
			ObjectNode index = (ObjectNode) json.path("settings").path("index");
			index.put("number_of_shards", this.settings.shards());
			index.put("number_of_replicas", this.settings.replicas());
			((ObjectNode) index.path("similarity").path(CONTENT_SIMILARITY)).put("b",
					this.settings.contentLengthNormalisation());
			if (shapes) {
				((ObjectNode) json.at("/mappings/properties/place/properties/footprint/properties")).putObject("shape")
					.put("type", "geo_shape");
			}
			return JSON.writeValueAsString(json);
		}
	}

	/**
	 * Whether the cluster can index {@code geo_shape} fields; a cluster that cannot be
	 * asked is taken as one that cannot, with a warning (a cluster that answers "no", as
	 * the embedded node does, needs none).
	 */
	private boolean hasShapes() {
		ShapeSupport support = ShapeSupport.ask(this.connections);
		if (support instanceof ShapeSupport.Unknown unknown) {
			log.warn("Could not tell whether Elasticsearch indexes shapes ({}); map footprints stay unindexed",
					unknown.reason());
		}
		else {
			log.debug("Elasticsearch shape support: {}", support);
		}
		return support.indexesShapes();
	}

	/**
	 * Whether the index behind the alias maps a map's footprint polygon as a
	 * {@code geo_shape}, so searches may test shapes rather than envelopes.
	 */
	public boolean indexesShapes() throws IOException {
		String index = current();
		var property = this.client.indices()
			.getFieldMapping((request) -> request.index(index).fields(IndexFields.FOOTPRINT_SHAPE))
			.get(index);
		return property != null && property.mappings().containsKey(IndexFields.FOOTPRINT_SHAPE)
				&& property.mappings()
					.get(IndexFields.FOOTPRINT_SHAPE)
					.mapping()
					.values()
					.stream()
					.anyMatch((mapping) -> mapping.isGeoShape());
	}

	/** The versioned index the alias points at. */
	public String current() throws IOException {
		return this.client.indices()
			.getAlias((request) -> request.name(alias()))
			.aliases()
			.keySet()
			.stream()
			.sorted()
			.reduce((first, second) -> second)
			.orElseThrow(() -> new IllegalStateException("The alias " + alias() + " points at no index"));
	}

	/**
	 * The name of the version after an index: {@code luutru-archive-v1} → {@code -v2}.
	 */
	public String nextVersion(String current) {
		int at = current.lastIndexOf("-v");
		int version = (at > 0) ? Integer.parseInt(current.substring(at + 2)) : 0;
		return alias() + "-v" + (version + 1);
	}

	/**
	 * Points the alias at another index in one atomic step: searches go to one index or
	 * the other, never to none.
	 */
	public void switchTo(String from, String to) throws IOException {
		this.client.indices()
			.updateAliases((request) -> request.actions((a) -> a.remove((r) -> r.index(from).alias(alias())))
				.actions((a) -> a.add((add) -> add.index(to).alias(alias()).isWriteIndex(true))));
		log.info("Alias {} switched from {} to {}", alias(), from, to);
	}

	/**
	 * Makes everything written so far visible to searches (used by jobs at their end and
	 * by tests).
	 */
	public void refresh() {
		try {
			this.client.indices().refresh((request) -> request.index(alias()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
