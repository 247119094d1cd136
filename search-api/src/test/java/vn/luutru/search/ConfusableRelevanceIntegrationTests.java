package vn.luutru.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.luutru.archive.identifiers.DocumentTitle;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.identifiers.IdentifiersProperties;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Relevance in an archive of near-twins ({@link ConfusableArchive}: 157 documents in
 * series that differ by a number, a date, a ward or a name, read with OCR slips) for 84
 * queries typed as officers type them. Each query is sent to {@code GET /api/search} and
 * the rank of the one document it looks for is measured: top-1 (the share of queries that
 * rank it first), recall@5 (the share that rank it in the first five) and nDCG@10 (one
 * relevant document a query, so 1/log2(rank + 1) when it is in the first ten). The
 * entries are indexed as ingestion writes them (identifiers read from the OCR'd text,
 * title and subject read from the first page), without running OCR. Gates: top-1 ≥ 0.95,
 * nDCG@10 ≥ 0.97, recall@5 = 1.
 */
@Import(SignedIn.class)
// An index of its own: other tests' documents would change the term statistics.
@SpringBootTest(properties = "luutru.elasticsearch.index.alias=luutru-relevance-confusable")
@AutoConfigureMockMvc
class ConfusableRelevanceIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(ConfusableRelevanceIntegrationTests.class);

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ArchiveIndex index;

	@Test
	void findsTheOneDocumentAmongItsTwins() throws Exception {
		ConfusableArchive archive = new ConfusableArchive();
		IdentifierReader reader = new IdentifierReader(IdentifiersProperties.defaults());
		OcrNoise ocr = new OcrNoise(30, 0.06);
		List<ArchiveEntry> entries = new ArrayList<>();
		for (ConfusableArchive.Document document : archive.documents) {
			List<String> pages = document.pages().stream().map(ocr::read).toList();
			for (int p = 0; p < pages.size(); p++) {
				entries.add(page(document.id(), pages, p, reader));
			}
		}
		ArchiveEntries.index(this.client, this.index, entries);

		int first = 0;
		int inFive = 0;
		double dcg = 0;
		for (ConfusableArchive.Query query : archive.queries) {
			List<String> ranked = ranked(query.text());
			int rank = ranked.indexOf(query.wanted()) + 1;
			first += (rank == 1) ? 1 : 0;
			inFive += (rank >= 1 && rank <= 5) ? 1 : 0;
			dcg += (rank >= 1 && rank <= 10) ? 1 / (Math.log(rank + 1) / Math.log(2)) : 0;
			if (rank != 1) {
				log.info("Query '{}': {} is at rank {}, after {}", query.text(), query.wanted(),
						(rank == 0) ? "none" : rank, ranked.subList(0, Math.max(0, ((rank == 0) ? 3 : rank) - 1)));
			}
		}
		int n = archive.queries.size();
		log.info("Confusable archive, {} documents, {} queries: top-1 {}, nDCG@10 {}, recall@5 {}",
				archive.documents.size(), n, "%.3f".formatted((double) first / n), "%.3f".formatted(dcg / n),
				"%.3f".formatted((double) inFive / n));
		assertThat(archive.documents).hasSizeGreaterThanOrEqualTo(150);
		assertThat(n).isGreaterThanOrEqualTo(80);
		assertThat((double) first / n).as("top-1").isGreaterThanOrEqualTo(0.95);
		assertThat(dcg / n).as("nDCG@10").isGreaterThanOrEqualTo(0.97);
		assertThat(inFive).as("recall@5").isEqualTo(n);
	}

	private List<String> ranked(String q) throws Exception {
		String body = this.mvc.perform(get("/api/search").param("q", q).param("size", "10"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(body, "$.hits[*].documentId");
	}

	private static ArchiveEntry page(String id, List<String> pages, int p, IdentifierReader reader) {
		String text = pages.get(p);
		// As ingestion titles a document: from its first page, else by its first line.
		Optional<DocumentTitle> read = DocumentTitle.read(pages.getFirst());
		String title = read.map(DocumentTitle::title)
			.orElseGet(() -> pages.getFirst().lines().filter((line) -> !line.isBlank()).findFirst().orElse(id));
		String subject = read.map(DocumentTitle::subject).orElse(null);
		return new PageEntry(id, id + "0".repeat(40), id + ".pdf", title, subject, "application/pdf", 1, pages.size(),
				p + 1, text, "ocr", 85f, null, reader.read(text), Instant.now(), 0, null);
	}

}
