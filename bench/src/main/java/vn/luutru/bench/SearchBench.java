package vn.luutru.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.bench.LatencyTable.Row;
import vn.luutru.bench.Measuring.Load;
import vn.luutru.search.LuutruApplication;
import vn.luutru.search.documents.DirectSearch;
import vn.luutru.search.documents.SearchProperties.Execution;
import vn.luutru.search.users.UserService;

/**
 * Search latency through the API against the same requests sent to Elasticsearch
 * directly, in one run, at 1 and 16 concurrent clients, over a generated archive.
 *
 * <p>
 * Usage: {@code SearchBench <data dir> <pages> <results.md>}. The application runs in
 * this process on its embedded stores (data kept in the data directory, so a second run
 * reuses the generated archive); the clients run on virtual threads in the same process,
 * and both paths are timed from the client's side, first byte sent to last byte read.
 */
public final class SearchBench {

	private SearchBench() {
	}

	// The numbers of concurrent clients to measure, "1,16" unless -Dbench.clients says
	// otherwise (a run at 16 alone takes a third of the time).
	private static int[] clients() {
		return Arrays.stream(System.getProperty("bench.clients", "1,16").split(","))
			.mapToInt((c) -> Integer.parseInt(c.strip()))
			.toArray();
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args[0]);
		int pages = Integer.parseInt(args[1]);
		Path results = Path.of(args[2]);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LuutruApplication.class)
			.properties(Map.of("luutru.data-dir", dataDir.toString(), "server.port", "0",
					"luutru.elasticsearch.embedded.heap", "1g", "logging.level.root", "WARN"))
			.run()) {
			ElasticsearchClient client = app.getBean(ElasticsearchClient.class);
			ArchiveIndex index = app.getBean(ArchiveIndex.class);
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "8080"));
			long indexed = ArchiveGenerator.generate(client, index, pages);
			ApiSession session = ApiSession.signIn(app.getBean(UserService.class), port);
			if (args.length > 3 && args[3].equals("hold")) {
				// For profiling by hand: the archive stays up, signed in, until the
				// process is stopped.
				System.out.printf("Holding: API on port %d, index alias %s, cookies %s%n", session.port(),
						index.alias(), session.cookies());
				Thread.sleep(Long.MAX_VALUE);
			}
			Measuring.elasticsearchHome(dataDir.toAbsolutePath().toString());
			List<Row> rows = new ArrayList<>();
			for (int clients : clients()) {
				// -Dbench.searches: fewer searches a path for a shorter run.
				int requests = Integer.getInteger("bench.searches", (clients == 1) ? 960 : 3840);
				// Both executions through the API and directly: the application's search
				// is switched before each of its runs.
				Map<String, Load> paths = new LinkedHashMap<>();
				for (Execution execution : List.of(Execution.THREE_REQUESTS, Execution.TWO_REQUESTS)) {
					String name = execution.name().toLowerCase(Locale.ROOT).replace('_', '-');
					paths.put("API `GET /api/search`, " + name, (words) -> {
						DirectSearch.executeAs(app, execution);
						return session.search(words);
					});
					paths.put("Elasticsearch directly, same requests, " + name,
							(words) -> DirectSearch.search(client, index, words, execution));
				}
				Measuring.warmUp(clients, paths.values().toArray(Load[]::new));
				// Each measured run starts with Elasticsearch's request and query caches
				// empty and sends queries it has not seen: a benchmark cycling a few
				// queries would measure the caches.
				// The paths take turns, twice, each half of the searches: whatever the
				// machine does meanwhile falls on all.
				Map<String, Measured> measured = new LinkedHashMap<>();
				for (int turn = 0; turn < 2; turn++) {
					// Numbers the archive holds (parcels up to 900), none the warm-up or
					// the other turn sent.
					int offset = turn * 500;
					for (Map.Entry<String, Load> path : paths.entrySet()) {
						Measuring.clearCaches(client);
						measured.put(path.getKey(), Measured.both(measured.get(path.getKey()),
								Measuring.run(path.getValue(), clients, requests / 2, offset)));
					}
				}
				measured.forEach((path, figures) -> rows.add(new Row(path, clients, figures)));
				if (clients == 1) {
					Load refused = (words) -> session.refused();
					Measuring.warmUp(clients, refused);
					rows.add(new Row("API without a search (`GET /api/search?q=` → 400)", clients,
							Measuring.run(refused, clients, requests, 0)));
				}
			}
			String section = LatencyTable.section(indexed, rows) + RequestByRequest.table(client, index);
			Files.writeString(results, section, StandardCharsets.UTF_8);
			System.out.print(section);
		}
	}

}
