package vn.luutru.archive;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.AnalyzeResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.index.ElasticsearchConnections;
import vn.luutru.archive.index.ElasticsearchProperties;
import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the real embedded Elasticsearch (with our plugin) and PostgreSQL, as the product
 * does.
 */
@SpringBootTest(classes = StoresIntegrationTests.Stores.class)
class StoresIntegrationTests {

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "stores");
	}

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ElasticsearchConnections connections;

	@Autowired
	ArchiveIndex index;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void foldedAnalyzerFoldsVietnameseInBothNormalForms() throws Exception {
		this.index.ensureExists();
		assertThat(analyze("vi_folded", "ĐÀ NẴNG Tài nguyên và Môi trường")).containsExactly("da", "nang", "tai",
				"nguyen", "va", "moi", "truong");
		String decomposed = java.text.Normalizer.normalize("Đà Nẵng", java.text.Normalizer.Form.NFD);
		assertThat(analyze("vi_folded", decomposed)).containsExactly("da", "nang");
		assertThat(analyze("vi_exact", "ĐÀ NẴNG")).containsExactly("đà", "nẵng");
	}

	@Test
	void aliasIsCreatedOnceAndPointsAtAVersionedIndex() throws Exception {
		this.index.ensureExists();
		this.index.ensureExists();
		assertThat(this.index.layout()).isEqualTo(ArchiveIndex.LAYOUT);
		assertThat(this.client.indices().getAlias((r) -> r.name(this.index.alias())).aliases())
			.containsOnlyKeys(this.index.alias() + "-v1");
	}

	@Test
	void anIndexCreatedByAnEarlierVersionGetsTheFieldsAddedSince() throws Exception {
		// An archive index as an earlier release created it: no identifiers, no image.
		ArchiveIndex earlier = new ArchiveIndex(this.client, this.connections,
				new ElasticsearchProperties.Index("luutru-earlier", 1, 0, 0.3));
		createEarlierIndex("luutru-earlier", (definition) -> {
			((ObjectNode) definition.path("mappings").path("properties"))
				.remove(List.of("identifiers", "image", "content"));
			((ObjectNode) definition.path("mappings")).remove("_meta");
		});

		earlier.ensureExists();

		assertThat(this.client.indices()
			.getMapping((m) -> m.index("luutru-earlier"))
			.get("luutru-earlier-v1")
			.mappings()
			.properties()).containsKeys("identifiers", "image", "text", "content");
		// Its documents' entries still lack their pages' text: only a reindex, which
		// builds an index of the current layout, changes that; the start-up says so.
		assertThat(earlier.layout()).isEqualTo(1);
		earlier.create("luutru-earlier-v2");
		earlier.switchTo("luutru-earlier-v1", "luutru-earlier-v2");
		assertThat(earlier.layout()).isEqualTo(ArchiveIndex.LAYOUT);
		earlier.ensureExists();
		assertThat(earlier.layout()).isEqualTo(ArchiveIndex.LAYOUT);
	}

	@Test
	void anIndexScoringDocumentTextTheEarlierWayKeepsItUntilReindexed() throws Exception {
		// Layout 2: document entries held their pages' text, scored with the default
		// length normalisation.
		ArchiveIndex earlier = new ArchiveIndex(this.client, this.connections,
				new ElasticsearchProperties.Index("luutru-layout2", 1, 0, 0.5));
		createEarlierIndex("luutru-layout2", (definition) -> {
			definition.findParents("similarity").forEach((field) -> ((ObjectNode) field).remove("similarity"));
			((ObjectNode) definition.path("mappings").path("_meta")).put("layout", 2);
		});

		// Elasticsearch refuses to change a field's similarity: the start-up must not
		// ask.
		earlier.ensureExists();

		assertThat(earlier.layout()).isEqualTo(2);
		assertThat(contentSimilarity("luutru-layout2-v1")).isNull();
		earlier.create("luutru-layout2-v2");
		earlier.switchTo("luutru-layout2-v1", "luutru-layout2-v2");
		assertThat(earlier.layout()).isEqualTo(ArchiveIndex.LAYOUT);
		assertThat(contentSimilarity("luutru-layout2-v2")).isEqualTo("content_bm25");
		assertThat(this.client.indices()
			.getSettings((g) -> g.index("luutru-layout2-v2").flatSettings(true))
			.get("luutru-layout2-v2")
			.settings()
			.otherSettings()
			.get("index.similarity.content_bm25.b")
			.to(String.class)).isEqualTo("0.5");
	}

	/**
	 * Creates {@code <alias>-v1} behind the alias as an earlier release did: from the
	 * current mapping file, changed back.
	 */
	private void createEarlierIndex(String alias, Consumer<ObjectNode> changeBack) throws IOException {
		ObjectMapper json = new ObjectMapper();
		ObjectNode definition = (ObjectNode) json
			.readTree(getClass().getClassLoader().getResourceAsStream("elasticsearch/archive-index.json"));
		changeBack.accept(definition);
		String mapping = json.writeValueAsString(definition);
		this.client.indices().create((c) -> c.index(alias + "-v1").withJson(new StringReader(mapping)));
		this.client.indices().putAlias((a) -> a.index(alias + "-v1").name(alias));
	}

	private String contentSimilarity(String index) throws IOException {
		return this.client.indices()
			.getMapping((m) -> m.index(index))
			.get(index)
			.mappings()
			.properties()
			.get("content")
			.text()
			.similarity();
	}

	@Test
	void migrationsCreateTheArchiveAndJobRepositoryTables() {
		List<String> tables = this.jdbc.queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class);
		assertThat(tables).contains("documents", "ingest_failures", "batch_job_execution", "batch_step_execution");
	}

	private List<String> analyze(String analyzer, String text) throws Exception {
		AnalyzeResponse response = this.client.indices()
			.analyze((r) -> r.index(this.index.alias()).analyzer(analyzer).text(text));
		return response.tokens().stream().map(AnalyzeToken::token).toList();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Stores {

	}

}
