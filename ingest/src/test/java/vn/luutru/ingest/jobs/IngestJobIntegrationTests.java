package vn.luutru.ingest.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.jobs.IngestProgress;
import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.archive.jobs.JobProgress;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.ingest.indexing.ArchiveReindex;
import vn.luutru.ingest.indexing.IndexReconciliation;
import vn.luutru.ingest.indexing.IndexingProperties;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.links.DossierLinks;
import vn.luutru.archive.records.ArchivalDescriptions;
import vn.luutru.archive.storage.PageTexts;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.samples.SampleSet;
import vn.luutru.archive.index.DocumentEntry;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.support.TestStores;
import vn.luutru.ingest.worker.IngestCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingests the generated sample scans into the real embedded Elasticsearch and PostgreSQL
 * with the real Tesseract, then searches them: the thin slice from scan to search.
 */
@SpringBootTest(classes = IngestJobIntegrationTests.Ingest.class,
		properties = { "spring.batch.job.enabled=false", "logging.level.vn.luutru=INFO" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestJobIntegrationTests {

	@TempDir
	static Path work;

	static Path samples;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "ingest");
	}

	@BeforeAll
	static void generate() throws IOException {
		samples = work.resolve("samples");
		SampleSet.generate(samples);
	}

	@Autowired
	IngestCommand command;

	@Autowired
	IngestRequests requests;

	@Autowired
	Documents documents;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ArchiveIndex index;

	@Autowired
	ArchiveReindex reindex;

	@Autowired
	IndexReconciliation reconciliation;

	@Autowired
	PageTexts pageTexts;

	@Autowired
	DossierLinks links;

	@Autowired
	IdentifierReader identifiers;

	@Autowired
	ArchivalDescriptions archival;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Order(1)
	void ingestsEveryReadableFileAndSetsAsideTheCorruptOne() throws IOException {
		JobProgress progress = this.command.ingest(samples);

		assertThat(progress.status()).isEqualTo("COMPLETED");
		assertThat(progress.filesTotal()).isEqualTo(7);
		assertThat(progress.filesIndexed()).isEqualTo(6);
		// The damaged PDF's pages cannot be counted: it counts as one.
		assertThat(progress.pagesTotal()).isEqualTo(11);
		assertThat(progress.pagesRead()).isEqualTo(10);
		assertThat(progress.pagesIndexed()).isEqualTo(10);
		assertThat(progress.failed()).isEqualTo(1);
		assertThat(progress.failures()).singleElement()
			.satisfies((failure) -> assertThat(failure.fileName()).isEqualTo("hong.pdf"))
			// Shown relative to the ingest root, not where the server keeps it.
			.satisfies((failure) -> assertThat(failure.sourcePath())
				.isEqualTo(TestStores.roots().toRealPath().relativize(samples.toRealPath()).resolve("hong.pdf")));
		List<CatalogedDocument> added = this.documents.addedBy(executionOf(progress));
		assertThat(added).extracting(CatalogedDocument::fileName)
			.contains("thong-bao-977-tb-stnmt-scan.pdf", "bao-cao-dtm-3-trang.tif", "quyet-dinh-born-digital.pdf");
		assertThat(added).filteredOn((d) -> d.fileName().equals("bao-cao-dtm-3-trang.tif"))
			.singleElement()
			.satisfies((d) -> assertThat(d.pageCount()).isEqualTo(3));
		assertThat(added).filteredOn((d) -> d.fileName().equals("quyet-dinh-born-digital.pdf"))
			.singleElement()
			.satisfies((d) -> assertThat(d.textSource()).isEqualTo("text-layer"));
		assertThat(added).filteredOn((d) -> d.fileName().equals("thong-bao-977-tb-stnmt-scan.pdf"))
			.singleElement()
			.satisfies((d) -> assertThat(d.textSource()).isEqualTo("ocr"));
		assertThat(added).allSatisfy((d) -> assertThat(d.storedPath()).isRegularFile());
		Derivatives derivatives = new Derivatives(TestStores.dataDir().resolve("derivatives"));
		assertThat(added).filteredOn((d) -> d.textSource().equals("ocr"))
			.allSatisfy((d) -> assertThat(derivatives.hocr(d.id(), 1)).content()
				.contains("ocrx_word", "<meta name=\"ocr-system\" content=\"tesseract 5"));
		assertThat(added).filteredOn((d) -> d.textSource().equals("text-layer"))
			.allSatisfy((d) -> assertThat(derivatives.hocr(d.id(), 1)).doesNotExist());
		// Every document with OCR'd pages has its searchable PDF; a born-digital one that
		// is not PDF/A gets a PDF/A-2u derivative.
		assertThat(added).filteredOn((d) -> d.textSource().equals("ocr"))
			.allSatisfy((d) -> assertThat(derivatives.searchablePdf(d.id())).isNotEmptyFile());
		assertThat(added).filteredOn((d) -> d.textSource().equals("text-layer"))
			.allSatisfy((d) -> assertThat(derivatives.searchablePdf(d.id())).isNotEmptyFile());
		// Every page gets a deep-zoom image service; the map sheet's (6000 × 4500) also
		// measures ground.
		assertThat(added).filteredOn((d) -> d.fileName().equals(SampleSet.MAP_TIFF))
			.singleElement()
			.satisfies((d) -> assertThat(derivatives.iiif(d.id(), 1).resolve("info.json")).content()
				.containsPattern("\"width\" ?: 6000")
				.containsPattern("\"height\" ?: 4500")
				.contains("ImageService3")
				// The title block's "Tỷ lệ 1:1000", read by OCR, makes the scale bar
				// measure ground.
				.containsPattern("\"luutru:mapScale\" ?: 1000"));
		assertThat(added).filteredOn((d) -> !d.fileName().equals(SampleSet.MAP_TIFF))
			.allSatisfy((d) -> assertThat(derivatives.iiif(d.id(), d.pageCount()).resolve("info.json")).content()
				.contains("ImageService3")
				.doesNotContain("luutru:mapScale"));
	}

	@Test
	@Order(2)
	void ocrTextIsSearchableWithAndWithoutDiacritics() throws IOException {
		assertThat(pagesMatching("tai nguyen moi truong")).contains("thong-bao-977-tb-stnmt-scan.pdf#1");
		assertThat(pagesMatching("Tài nguyên và Môi trường")).contains("thong-bao-977-tb-stnmt-scan.pdf#1");
		assertThat(pagesMatching("da nang")).contains("thong-bao-977-tb-stnmt-scan.pdf#1",
				"quyet-dinh-born-digital.pdf#1");
		assertThat(pagesMatching("tai nguyen nuoc")).contains("bao-cao-dtm-3-trang.tif#2");
	}

	@Test
	@Order(2)
	void theDocumentEntryHoldsEveryPagesTextInOrderForDocumentSearches() throws IOException {
		DocumentEntry report = documentEntry("bao-cao-dtm-3-trang.tif");

		assertThat(report.content()).hasSize(3);
		assertThat(report.content().get(1)).isEqualTo(pageEntry("bao-cao-dtm-3-trang.tif", 2).text());
		assertThat(report.ocrConfidence()).isGreaterThan(50f);
		assertThat(report.identifiers()).isNotNull();
	}

	@Test
	@Order(2)
	void ocrdPagesRecordHowTheirImageWasRead() throws IOException {
		PageEntry page = this.client
			.search((s) -> s.index(this.index.alias())
				.query((q) -> q.bool((b) -> b
					.filter((f) -> f.term((t) -> t.field("fileName.raw").value("thong-bao-977-tb-stnmt-scan.pdf")))
					.filter((f) -> f.term((t) -> t.field("page").value(1))))), PageEntry.class)
			.hits()
			.hits()
			.getFirst()
			.source();

		assertThat(page.image()).isNotNull();
		assertThat(page.image().dpi()).isEqualTo(300);
		assertThat(page.image().rotation()).isZero();
		// An A4 sheet at 300 dpi, laid 1° clockwise on the glass.
		assertThat(page.image().width()).isBetween(2400, 2560);
		assertThat(page.image().skew()).isBetween(0.6f, 1.4f);
		assertThat(page.ocrConfidence()).isGreaterThan(70f);
		// What was read out of the OCR text, for filters and dossier suggestions.
		assertThat(page.identifiers()).isNotNull();
		assertThat(page.identifiers().kind()).isEqualTo("thong-bao");
		assertThat(page.identifiers().year()).isEqualTo(2019);
		assertThat(page.identifiers().documentNumbers()).contains("977/TB-STNMT");
		assertThat(page.identifiers().dossierCodes()).contains("000.00.12.H13-191002-0015");
		assertThat(page.identifiers().parcels()).contains("12/125");
		assertThat(page.identifiers().adminUnits()).contains("Phường An Khánh", "Quận Ninh Kiều");
	}

	@Test
	@Order(3)
	void reRunningTheSameFolderIndexesNothingTwice() throws IOException {
		long before = count();
		JobProgress again = this.command.ingest(samples);

		assertThat(again.status()).isEqualTo("COMPLETED");
		assertThat(again.filesIndexed()).isZero();
		assertThat(again.duplicates()).isEqualTo(6);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	@Order(4)
	void aCopyUnderAnotherNameIsRecognisedAsTheSameDocument() throws IOException {
		Path other = work.resolve("renamed");
		Files.createDirectories(other);
		Files.copy(samples.resolve("cong-van-scan.png"), other.resolve("ban-sao.png"));
		JobProgress progress = this.command.ingest(other);

		assertThat(progress.filesIndexed()).isZero();
		assertThat(progress.duplicates()).isEqualTo(1);
	}

	@Test
	@Order(4)
	void aReindexKeepsWhatArchivistsFiledAndDescribed() throws IOException {
		DocumentEntry notice = documentEntry("thong-bao-977-tb-stnmt-scan.pdf");
		DocumentEntry report = documentEntry("bao-cao-dtm-3-trang.tif");
		int number = (int) (System.nanoTime() % 1_000_000) + 1;
		String file = "H99.1." + number;
		this.jdbc.sql("""
				INSERT INTO archival_files (code, fonds_code, catalogue_number, file_number, title, access_regime,
				reliability) VALUES (?, 'H99', 1, ?, 'Hồ sơ thông báo', 'han-che', 'so-hoa')
				""").params(file, number).update();
		this.jdbc.sql("INSERT INTO archival_file_documents (document_id, file_code, position) VALUES (?, ?, 1)")
			.params(notice.documentId(), file)
			.update();
		this.jdbc.sql("""
				INSERT INTO document_descriptions (document_id, document_type, subject, issuer, language, page_count,
				access_regime, keywords, reliability, edited_by, edited_at)
				VALUES (?, 'Báo cáo', 'Báo cáo đánh giá tác động môi trường khu dân cư', 'Sở Tài nguyên và Môi trường',
				'vi', 3, 'cong-khai', ARRAY['đtm', 'môi trường'], 'so-hoa', 'luu-tru-vien', now())
				""").params(report.documentId()).update();
		try {
			for (int run = 0; run < 2; run++) {
				if (run == 1) {
					// The index lost altogether: PostgreSQL alone has them.
					for (String name : this.client.indices()
						.getAlias((g) -> g.index(this.index.alias() + "-*"))
						.aliases()
						.keySet()) {
						this.client.indices().delete((d) -> d.index(name));
					}
				}

				this.reindex.run(System.out);

				// Filed, never described: the terms derived from what ingestion read.
				assertThat(documentEntry("thong-bao-977-tb-stnmt-scan.pdf").archival()).isNotNull()
					.satisfies((terms) -> assertThat(terms.fileCode()).isEqualTo(file))
					.satisfies((terms) -> assertThat(terms.documentType()).isEqualTo("Thông báo"))
					.satisfies((terms) -> assertThat(terms.issuer()).isEqualTo("STNMT"))
					.satisfies((terms) -> assertThat(terms.accessRegime()).isEqualTo("han-che"));
				// Described by an archivist: the saved values win.
				assertThat(documentEntry("bao-cao-dtm-3-trang.tif").archival()).isNotNull()
					.satisfies((terms) -> assertThat(terms.fileCode()).isNull())
					.satisfies((terms) -> assertThat(terms.documentType()).isEqualTo("Báo cáo"))
					.satisfies((terms) -> assertThat(terms.issuer()).isEqualTo("Sở Tài nguyên và Môi trường"))
					.satisfies((terms) -> assertThat(terms.accessRegime()).isEqualTo("cong-khai"))
					.satisfies((terms) -> assertThat(terms.keywords()).containsExactly("đtm", "môi trường"));
				assertThat(documentEntry("quyet-dinh-born-digital.pdf").archival()).isNull();
			}
		}
		finally {
			this.jdbc.sql("DELETE FROM document_descriptions WHERE document_id = ?")
				.params(report.documentId())
				.update();
			this.jdbc.sql("DELETE FROM archival_file_documents WHERE file_code = ?").params(file).update();
			this.jdbc.sql("DELETE FROM archival_files WHERE code = ?").params(file).update();
		}
	}

	@Test
	@Order(5)
	void aReindexSwitchesTheAliasToANewVersionWithEverythingInIt() throws IOException {
		long before = count();
		String old = this.index.current();

		ArchiveReindex.Result result = this.reindex.run(System.out);

		assertThat(result.from()).isEqualTo(old);
		assertThat(this.index.current()).isEqualTo(result.to()).isEqualTo(this.index.nextVersion(old));
		assertThat(count()).isEqualTo(before);
		assertThat(result.entries()).isEqualTo(before);
		// Searchable as before, identifiers read again from the page text.
		assertThat(pagesMatching("tai nguyen moi truong")).contains("thong-bao-977-tb-stnmt-scan.pdf#1");
		this.index.refresh();
		PageEntry page = this.client
			.search((q) -> q.index(this.index.alias())
				.query((query) -> query.bool((b) -> b
					.filter((f) -> f.term((t) -> t.field("fileName.raw").value("thong-bao-977-tb-stnmt-scan.pdf")))
					.filter((f) -> f.term((t) -> t.field("page").value(1))))), PageEntry.class)
			.hits()
			.hits()
			.getFirst()
			.source();
		assertThat(page.identifiers().documentNumbers()).contains("977/TB-STNMT");
		assertThat(page.image()).isNotNull();
		// Each document entry rebuilt from its pages: their texts in order and the union
		// of their identifiers.
		DocumentEntry report = documentEntry("bao-cao-dtm-3-trang.tif");
		assertThat(report.content()).hasSize(3);
		assertThat(report.content().get(2)).isEqualTo(pageEntry("bao-cao-dtm-3-trang.tif", 3).text());
		assertThat(documentEntry("thong-bao-977-tb-stnmt-scan.pdf").identifiers().documentNumbers())
			.contains("977/TB-STNMT");
	}

	@Test
	@Order(6)
	void aReindexRebuildsTheIndexFromTheSourceWhenElasticsearchLostIt() throws IOException {
		long before = count();
		List<String> textLayer = pagesMatching("khu dan cu hoa xuan mo rong");
		assertThat(textLayer).contains("quyet-dinh-born-digital.pdf#1");
		// The whole index gone, as after a disk loss or a restore into a new
		// installation.
		for (String name : this.client.indices()
			.getAlias((g) -> g.index(this.index.alias() + "-*"))
			.aliases()
			.keySet()) {
			this.client.indices().delete((d) -> d.index(name));
		}

		ArchiveReindex.Result result = this.reindex.run(System.out);

		// This class's six documents, and any another test class ingested into the same
		// stores before: all of them were ingested with their page texts kept.
		assertThat(result.rebuilt()).isGreaterThanOrEqualTo(6);
		assertThat(result.copied()).isZero();
		assertThat(result.lost()).isZero();
		assertThat(count()).isEqualTo(before).isEqualTo(result.entries());
		// Text from a PDF's text layer, which only the index held before.
		assertThat(pagesMatching("khu dan cu hoa xuan mo rong")).containsExactlyInAnyOrderElementsOf(textLayer);
		assertThat(pagesMatching("tai nguyen nuoc")).contains("bao-cao-dtm-3-trang.tif#2");
		PageEntry page = pageEntry("thong-bao-977-tb-stnmt-scan.pdf", 1);
		assertThat(page.identifiers().documentNumbers()).contains("977/TB-STNMT");
		assertThat(page.image()).isNotNull();
		assertThat(page.image().dpi()).isEqualTo(300);
		assertThat(page.ocrConfidence()).isGreaterThan(70f);
		assertThat(page.textSource()).isEqualTo("ocr");
		DocumentEntry decision = documentEntry("quyet-dinh-born-digital.pdf");
		assertThat(decision.textSource()).isEqualTo("text-layer");
		assertThat(decision.content()).hasSize(decision.pageCount()).first().asString().contains("Hòa Xuân");
		assertThat(documentEntry("bao-cao-dtm-3-trang.tif").content()).hasSize(3);
	}

	@Test
	@Order(7)
	void aCataloguedDocumentTheIndexLostIsIndexedAgainFromItsDerivativesAtStartUp() throws IOException {
		long before = count();
		DocumentEntry lost = documentEntry("quyet-dinh-born-digital.pdf");
		for (int page = 0; page <= lost.pageCount(); page++) {
			String id = (page == 0) ? lost.documentId() : lost.documentId() + "/" + page;
			this.client.delete((d) -> d.index(this.index.alias()).id(id));
		}
		this.index.refresh();
		assertThat(pagesMatching("khu dan cu hoa xuan mo rong")).doesNotContain("quyet-dinh-born-digital.pdf#1");

		assertThat(this.reconciliation.run()).isEqualTo(1);

		this.index.refresh();
		assertThat(count()).isEqualTo(before);
		assertThat(pagesMatching("khu dan cu hoa xuan mo rong")).contains("quyet-dinh-born-digital.pdf#1");
		assertThat(this.reconciliation.run()).isZero();
	}

	/**
	 * The start-up reconciliation reads the catalogue a page at a time: with pages of
	 * two, every document the index lost is indexed again, across pages.
	 */
	@Test
	@Order(7)
	void theStartUpReconciliationWalksTheCatalogueAPageAtATime() throws IOException {
		long before = count();
		long documentEntries = entries("document");
		assertThat(documentEntries).isGreaterThanOrEqualTo(5);
		// The embedded node has no delete-by-query: the entries are found, then deleted.
		List<String> ids = this.client
			.search((q) -> q.index(this.index.alias())
				.size(1000)
				.source((f) -> f.fetch(false))
				.query((b) -> b.terms((t) -> t.field("entry")
					.terms((v) -> v.value(List.of(FieldValue.of("document"), FieldValue.of("page")))))), Void.class)
			.hits()
			.hits()
			.stream()
			.map((hit) -> hit.id())
			.toList();
		this.client.bulk((b) -> {
			ids.forEach((id) -> b.operations((o) -> o.delete((d) -> d.index(this.index.alias()).id(id))));
			return b.refresh(Refresh.True);
		});
		assertThat(entries("document")).isZero();
		IndexReconciliation twoAtATime = new IndexReconciliation(this.client, this.index, this.documents,
				this.pageTexts, this.links, this.identifiers, this.archival,
				new IndexingProperties(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(30), 2));

		assertThat(twoAtATime.run()).isEqualTo(documentEntries);

		this.index.refresh();
		assertThat(count()).isEqualTo(before);
		assertThat(twoAtATime.run()).isZero();
	}

	private long entries(String entry) throws IOException {
		return this.client
			.count((c) -> c.index(this.index.alias()).query((q) -> q.term((t) -> t.field("entry").value(entry))))
			.count();
	}

	@Test
	@Order(8)
	void aGeoTiffSheetIsIndexedWithItsWgs84FootprintWhichAReindexKeeps() throws IOException {
		// A 500 m × 400 m sheet of Cần Thơ's VN-2000 TM-3 zone (EPSG:5897), in An Khánh.
		Path folder = java.nio.file.Files.createDirectories(work.resolve("ban-do-geo"));
		java.nio.file.Files.write(folder.resolve("to-ban-do-geo.tif"),
				vn.luutru.ingest.maps.GeoTiffs.projected(500, 400, 1, 582_000, 1_109_400, 5897));

		assertThat(this.command.ingest(folder).status()).isEqualTo("COMPLETED");
		this.index.refresh();

		DocumentEntry sheet = documentEntry("to-ban-do-geo.tif");
		assertThat(sheet.metadata()).containsEntry(vn.luutru.archive.index.Place.EPSG, "5897");
		assertThat(sheet.place()).isNotNull();
		vn.luutru.archive.index.Footprint footprint = sheet.place().footprint();
		assertThat(footprint.minLon()).isBetween(105.745, 105.751);
		assertThat(footprint.maxLat()).isBetween(10.028, 10.037);
		assertThat(footprint.maxLon() - footprint.minLon()).isBetween(0.0045, 0.0047);

		this.reindex.run(System.out);
		this.index.refresh();

		assertThat(documentEntry("to-ban-do-geo.tif").place()).isEqualTo(sheet.place());
	}

	@Test
	@Order(9)
	void aJobsEndForgetsThePagesOfJobsLeftIdleForDays() throws IOException {
		// Pages that workers read for two requests whose jobs never completed: one last
		// read eight days ago (its job failed and was not run again), one an hour ago.
		storeSharedPage(990_001, "8 days");
		storeSharedPage(990_002, "1 hour");
		Path folder = java.nio.file.Files.createDirectories(work.resolve("mot-tep"));
		java.nio.file.Files.copy(samples.resolve(SampleSet.LETTER_PNG), folder.resolve(SampleSet.LETTER_PNG));

		assertThat(this.command.ingest(folder).status()).isEqualTo("COMPLETED");

		assertThat(sharedPages(990_001)).isZero();
		assertThat(sharedPages(990_002)).isEqualTo(1);
	}

	private void storeSharedPage(long request, String age) {
		this.jdbc.sql("""
				INSERT INTO shared_pages (request_id, sha256, page, worker, text, source, read_at)
				VALUES (?, repeat('a', 64), 1, 'worker-a', 'Thông báo', 'OCR', now() - ?::interval)""")
			.params(request, age)
			.update();
	}

	private long sharedPages(long request) {
		return this.jdbc.sql("SELECT count(*) FROM shared_pages WHERE request_id = ?")
			.param(request)
			.query(Long.class)
			.single();
	}

	/** The job execution that ran a job: the catalogue records what it added by it. */
	private long executionOf(JobProgress progress) {
		return this.requests.find(progress.id()).orElseThrow().jobExecutionId();
	}

	private DocumentEntry documentEntry(String fileName) throws IOException {
		return this.client
			.search((s) -> s.index(this.index.alias())
				.query((q) -> q.bool((b) -> b.filter((f) -> f.term((t) -> t.field("fileName.raw").value(fileName)))
					.filter((f) -> f.term((t) -> t.field("entry").value("document"))))), DocumentEntry.class)
			.hits()
			.hits()
			.getFirst()
			.source();
	}

	private PageEntry pageEntry(String fileName, int page) throws IOException {
		return this.client
			.search((s) -> s.index(this.index.alias())
				.query((q) -> q.bool((b) -> b.filter((f) -> f.term((t) -> t.field("fileName.raw").value(fileName)))
					.filter((f) -> f.term((t) -> t.field("page").value(page))))), PageEntry.class)
			.hits()
			.hits()
			.getFirst()
			.source();
	}

	private List<String> pagesMatching(String query) throws IOException {
		SearchResponse<PageEntry> response = this.client.search(
				(s) -> s.index(this.index.alias())
					.size(50)
					.query((q) -> q.bool((b) -> b.filter((f) -> f.term((t) -> t.field("entry").value("page")))
						.must((m) -> m.multiMatch((mm) -> mm.query(query)
							.fields("text", "text.folded")
							.operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And))))),
				PageEntry.class);
		return response.hits()
			.hits()
			.stream()
			.map((hit) -> hit.source().fileName() + "#" + hit.source().page())
			.toList();
	}

	private long count() throws IOException {
		return this.client.count((c) -> c.index(this.index.alias())).count();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@ComponentScan("vn.luutru.ingest")
	static class Ingest {

		@org.springframework.context.annotation.Bean
		IngestCommand ingestCommand(IngestJobs jobs, IngestProgress progress,
				vn.luutru.archive.jobs.IngestRetries retries) {
			return new IngestCommand(jobs, progress, retries, System.out, System.err);
		}

	}

}
