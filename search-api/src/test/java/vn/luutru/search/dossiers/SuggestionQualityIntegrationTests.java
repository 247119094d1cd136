package vn.luutru.search.dossiers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.identifiers.IdentifiersProperties;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often the top suggestion is the right dossier, on a generated labelled set:
 * dossiers with parcels, wards, cited numbers and applicants, and documents that cite one
 * of them in one of the four ways, written with OCR-like noise (diacritics lost, O for 0,
 * spaces around separators), among decoys (dossiers sharing a parcel number on another
 * sheet, or a ward, or the applicant's name but months away). Precision: top suggestions
 * that are right, of the documents that got one; recall: right top suggestions, of all
 * documents.
 */
@SpringBootTest
class SuggestionQualityIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(SuggestionQualityIntegrationTests.class);

	private static final int DOSSIERS = 80;

	private static final List<String> WARDS = List.of("Phường An Khánh", "Phường Xuân Khánh", "Phường Hưng Lợi",
			"Xã Mỹ Khánh", "Phường Thạch Thang", "Phường Hòa Xuân");

	private static final List<String> NAMES = List.of("Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Cường",
			"Phạm Minh Đức", "Hoàng Thị Én", "Võ Văn Phúc", "Đặng Thị Giang", "Bùi Quang Hải", "Đỗ Thị Kim",
			"Hồ Văn Lâm");

	@TempDir
	static Path work;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
	}

	@Autowired
	DossierImport imports;

	@Autowired
	DossierSuggestions suggestions;

	@Autowired
	Documents catalogue;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ArchiveIndex index;

	@Autowired
	JdbcClient jdbc;

	record Case(String documentId, @org.jspecify.annotations.Nullable String expected, String kind) {
	}

	@Test
	void theTopSuggestionIsRightForNineteenDocumentsInTwenty() throws IOException {
		this.jdbc.sql("DELETE FROM dossiers").update();
		Random random = new Random(20261123);
		StringBuilder csv = new StringBuilder(
				"Mã hồ sơ,Tên thủ tục,Trạng thái,Người nộp,Ngày nhận,Phường/Xã,Thửa đất," + "Văn bản liên quan\n");
		List<String[]> dossiers = new ArrayList<>();
		for (int i = 0; i < DOSSIERS; i++) {
			String code = "000.00.12.H13-%06d-%04d".formatted(240101 + i, 1000 + i);
			String sheet = Integer.toString(1 + random.nextInt(40));
			// Every parcel number appears twice, on different sheets: a decoy for the
			// other.
			String parcel = Integer.toString(100 + i / 2);
			String ward = WARDS.get(i % WARDS.size());
			String number = (200 + i) + "/QĐ-UBND";
			String name = NAMES.get(i % NAMES.size()) + " " + (char) ('A' + i % 26);
			LocalDate received = LocalDate.of(2024, 1, 1).plusDays(4L * i);
			dossiers.add(new String[] { code, sheet, parcel, ward, number, name, received.toString() });
			csv.append(String.join(",", code, "Đăng ký đất đai", "Đang giải quyết", name, received.toString(), ward,
					sheet + "/" + parcel, number))
				.append('\n');
		}
		Path export = Files.writeString(work.resolve("dossiers.csv"), csv);
		assertThat(this.imports.csv(Files.readString(export)).errors()).isEmpty();

		IdentifierReader reader = new IdentifierReader(IdentifiersProperties.defaults());
		List<Case> cases = new ArrayList<>();
		BulkRequest.Builder bulk = new BulkRequest.Builder();
		this.index.ensureExists();
		String[] kinds = { "dossier-code", "parcel-and-ward", "document-number", "applicant-name" };
		for (int i = 0; i < DOSSIERS; i++) {
			String[] d = dossiers.get(i);
			String kind = kinds[i % kinds.length];
			String text = noisy(random, switch (kind) {
				case "dossier-code" -> "Phiếu tiếp nhận, mã hồ sơ " + d[0] + ", bộ phận một cửa.";
				case "parcel-and-ward" -> "Biên bản kiểm tra hiện trạng thửa đất số " + d[2] + ", tờ bản đồ số " + d[1]
						+ ", " + d[3].toLowerCase() + ".";
				case "document-number" -> "Căn cứ Quyết định số " + d[4] + " của Ủy ban nhân dân về việc giao đất.";
				default ->
					"Đơn đề nghị của ông (bà) " + d[5] + ", ngày " + LocalDate.parse(d[6]).plusDays(3).getDayOfMonth()
							+ " tháng " + LocalDate.parse(d[6]).plusDays(3).getMonthValue() + " năm "
							+ LocalDate.parse(d[6]).plusDays(3).getYear() + ".";
			});
			String id = "%024x".formatted(0x5a11e00000L + i);
			this.catalogue.add(new CatalogedDocument(DocumentId.of(id), id + "0".repeat(40), id + ".pdf",
					Path.of("/srv/" + id + ".pdf"), Path.of("/nonexistent"), "application/pdf", 1, 1, "Văn bản", "ocr",
					Instant.now(), 0));
			ArchiveEntry page = new PageEntry(id, id + "0".repeat(40), id + ".pdf", "Văn bản", "application/pdf", 1, 1,
					1, text, "ocr", 80f, null, reader.read(text), Instant.now(), 0, null);
			bulk.operations((o) -> o.index((x) -> x.index(this.index.alias()).id(page.id()).document(page)));
			cases.add(new Case(id, d[0], kind));
		}
		// Decoys that belong to no dossier: an unknown code, a known parcel number on a
		// sheet
		// no dossier has, an applicant's name half a year away from the dossier's date.
		for (int i = 0; i < 20; i++) {
			String[] d = dossiers.get(i);
			String text = noisy(random, switch (i % 3) {
				case 0 -> "Mã hồ sơ 000.00.12.H13-250101-" + (9000 + i) + " đã được tiếp nhận.";
				case 1 -> "Thửa đất số " + d[2] + ", tờ bản đồ số " + (100 + i) + ", " + d[3].toLowerCase() + ".";
				default -> "Đơn của ông (bà) " + d[5] + ", ngày 15 tháng "
						+ (1 + (LocalDate.parse(d[6]).getMonthValue() + 5) % 12) + " năm 2025.";
			});
			String id = "%024x".formatted(0x5a11f00000L + i);
			this.catalogue.add(new CatalogedDocument(DocumentId.of(id), id + "0".repeat(40), id + ".pdf",
					Path.of("/srv/" + id + ".pdf"), Path.of("/nonexistent"), "application/pdf", 1, 1, "Văn bản", "ocr",
					Instant.now(), 0));
			ArchiveEntry page = new PageEntry(id, id + "0".repeat(40), id + ".pdf", "Văn bản", "application/pdf", 1, 1,
					1, text, "ocr", 80f, null, reader.read(text), Instant.now(), 0, null);
			bulk.operations((o) -> o.index((x) -> x.index(this.index.alias()).id(page.id()).document(page)));
			cases.add(new Case(id, null, "decoy"));
		}
		assertThat(this.client.bulk(bulk.build()).errors()).isFalse();
		this.index.refresh();

		int suggested = 0;
		int right = 0;
		for (Case c : cases) {
			List<Suggestion> top = this.suggestions.suggest(c.documentId());
			if (!top.isEmpty()) {
				suggested++;
				if (top.getFirst().code().equals(c.expected())) {
					right++;
				}
				else {
					log.info("Wrong top suggestion for a {} case: {} instead of {}", c.kind(), top.getFirst(),
							c.expected());
				}
			}
			else if (c.expected() != null) {
				log.info("No suggestion for a {} case ({})", c.kind(), c.expected());
			}
		}
		double precision = (double) right / suggested;
		long labelled = cases.stream().filter((c) -> c.expected() != null).count();
		double recall = (double) right / labelled;
		log.info(
				"Suggestions on {} documents ({} citing a dossier, {} decoys): {} with a suggestion, {} right;"
						+ " precision {}, recall {}",
				cases.size(), labelled, cases.size() - labelled, suggested, right, String.format("%.3f", precision),
				String.format("%.3f", recall));
		assertThat(precision).isGreaterThanOrEqualTo(0.95);
		assertThat(recall).isGreaterThanOrEqualTo(0.90);
	}

	/**
	 * OCR-like noise: every fourth word loses its diacritics, zeros in numbers may read
	 * as O, and separators may gain spaces.
	 */
	private static String noisy(Random random, String text) {
		StringBuilder out = new StringBuilder();
		for (String word : text.split(" ")) {
			String w = word;
			if (random.nextInt(4) == 0) {
				w = Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "").replace('đ', 'd');
			}
			if (w.matches(".*\\d.*") && random.nextInt(3) == 0) {
				w = w.replaceFirst("0", "O");
			}
			if (random.nextInt(4) == 0) {
				w = w.replace("/", " / ");
			}
			out.append(out.isEmpty() ? "" : " ").append(w);
		}
		return out.toString();
	}

}
