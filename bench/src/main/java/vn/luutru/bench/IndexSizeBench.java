package vn.luutru.bench;

import java.nio.file.Path;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.IndicesStatsResponse;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.search.LuutruApplication;

/**
 * The archive index's size on disk per 1,000 pages, for the capacity model in
 * docs/scaling.md: fills an archive of generated administrative pages (the search
 * benchmark's, each document's entry holding its pages' texts, as ingestion writes them),
 * merges it to one segment, and prints the primary store's size and the documents in it.
 *
 * <p>
 * Arguments: data directory, number of page entries.
 */
public final class IndexSizeBench {

	private IndexSizeBench() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args[0]);
		int pages = Integer.parseInt(args[1]);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LuutruApplication.class)
			.properties(Map.of("luutru.data-dir", dataDir.toString(), "server.port", "0",
					"luutru.elasticsearch.embedded.heap", "1g", "logging.level.root", "WARN"))
			.run()) {
			ElasticsearchClient client = app.getBean(ElasticsearchClient.class);
			ArchiveIndex index = app.getBean(ArchiveIndex.class);
			long indexed = ArchiveGenerator.generate(client, index, pages);
			IndicesStatsResponse stats = client.indices().stats((s) -> s.index(index.alias()));
			long bytes = stats.all().primaries().store().sizeInBytes();
			long entries = stats.all().primaries().docs().count();
			System.out.printf("| %d | %d | %.1f | %.1f |%n", indexed, entries, bytes / 1048576.0,
					bytes / 1048576.0 / indexed * 1000);
		}
	}

}
