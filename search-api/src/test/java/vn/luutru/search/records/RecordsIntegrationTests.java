package vn.luutru.search.records;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.AuthorityUtils;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.identifiers.IdentifiersProperties;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.IndexFields;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.search.ArchiveEntries;
import vn.luutru.search.SignedIn;
import vn.luutru.search.WholeApplication;
import vn.luutru.search.users.Permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Archival description, files and appraisal against the real PostgreSQL (the migration,
 * its constraints and the audit log) and Elasticsearch (what ingestion read, and the
 * description's terms written back).
 */
@Import(SignedIn.class)
class RecordsIntegrationTests extends WholeApplication {

	static final String DOCUMENT = "4ec0dd000000000000000001";

	static final String OTHER = "4ec0dd000000000000000002";

	@BeforeEach
	void noRecordsAndTwoIndexedDocuments() throws Exception {
		for (String table : List.of("appraisal_decisions", "archival_file_documents", "document_descriptions",
				"archival_files")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
		IdentifierReader reader = new IdentifierReader(IdentifiersProperties.defaults());
		List<ArchiveEntry> pages = new ArrayList<>();
		for (String id : List.of(DOCUMENT, OTHER)) {
			if (this.catalogue.find(DocumentId.of(id)).isEmpty()) {
				this.catalogue.add(new CatalogedDocument(DocumentId.of(id), id + "0".repeat(40), id + ".pdf",
						Path.of("/srv/scans/" + id + ".pdf"), Path.of("/nonexistent"), "application/pdf", 100, 2,
						"Thông báo thu hồi đất", "ocr", Instant.now(), 0));
			}
			String first = "Số: 977/TB-STNMT Cần Thơ, ngày 25 tháng 10 năm 2019\nTHÔNG BÁO\n"
					+ "Về việc thu hồi đất tại phường An Khánh";
			for (int page = 1; page <= 2; page++) {
				String text = (page == 1) ? first : "thửa đất số 125, tờ bản đồ số 12";
				pages.add(new PageEntry(id, id + "0".repeat(40), id + ".pdf", "Thông báo", "application/pdf", 100, 2,
						page, text, "ocr", 90f, new ArchiveEntry.PageImage(2480, 3508, 300, 0, 0f), reader.read(text),
						Instant.now(), 0, null));
			}
		}
		ArchiveEntries.index(this.client, this.index, pages);
	}

	@Test
	void aDocumentNobodyDescribedHasTheDescriptionIngestionRead() throws Exception {
		this.mvc.perform(get("/api/documents/{id}/description", DOCUMENT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.edited").value(false))
			.andExpect(jsonPath("$.identifier").value(DOCUMENT))
			.andExpect(jsonPath("$.description.number").value("977"))
			.andExpect(jsonPath("$.description.symbol").value("TB-STNMT"))
			.andExpect(jsonPath("$.description.issuedOn").value("2019-10-25"))
			.andExpect(jsonPath("$.description.documentType").value("Thông báo"))
			.andExpect(jsonPath("$.description.issuer").value("STNMT"))
			.andExpect(jsonPath("$.description.pageCount").value(2))
			.andExpect(jsonPath("$.description.language").value("vi"))
			.andExpect(jsonPath("$.description.accessRegime").value("han-che"))
			.andExpect(jsonPath("$.description.reliability").value("so-hoa"))
			.andExpect(jsonPath("$.dpi").value(300));
	}

	@Test
	void anEditedDescriptionWinsIsAuditedAndFoundBySearchAtOnce() throws Exception {
		String edited = """
				{"number": "977", "symbol": "TB-STNMT", "issuedOn": "2019-10-25", "documentType": "Thông báo",
				 "subject": "Về việc thu hồi đất của hộ ông Lê Văn Tám", "issuer": "Sở Tài nguyên và Môi trường",
				 "signer": "Nguyễn Văn A", "language": "vi", "pageCount": 2, "accessRegime": "cong-khai",
				 "keywords": ["thu hồi đất", " An Khánh "], "reliability": "so-hoa", "physicalState": "Tốt"}""";
		this.mvc
			.perform(put("/api/documents/{id}/description", DOCUMENT).contentType(MediaType.APPLICATION_JSON)
				.content(edited))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.edited").value(true));

		this.mvc.perform(get("/api/documents/{id}/description", DOCUMENT))
			.andExpect(jsonPath("$.editedBy").value(SignedIn.ADMINISTRATOR))
			.andExpect(jsonPath("$.description.signer").value("Nguyễn Văn A"))
			.andExpect(jsonPath("$.description.keywords", contains("thu hồi đất", "An Khánh")))
			.andExpect(jsonPath("$.description.accessRegime").value("cong-khai"));
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_log WHERE action = 'record.describe' AND subject_id = ? "
					+ "AND before->>'accessRegime' = 'han-che' AND after->>'accessRegime' = 'cong-khai'")
			.param(DOCUMENT)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(documentsWith(IndexFields.ARCHIVAL_KEYWORDS, "An Khánh")).containsExactly(DOCUMENT);
		assertThat(documentsWith(IndexFields.ARCHIVAL_ISSUER, "Sở Tài nguyên và Môi trường")).containsExactly(DOCUMENT);
		// Officers filter and count by it in the search itself.
		this.mvc.perform(get("/api/search").param("q", "thu hồi đất tukhoa:\"An Khánh\" chedo:cong-khai"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].documentId").value(DOCUMENT))
			.andExpect(jsonPath("$.facets.accessRegime[0].value").value("cong-khai"))
			.andExpect(jsonPath("$.facets.archivalType[0].value").value("Thông báo"));
	}

	@Test
	void anInvalidDescriptionIsRefusedWithEveryReasonInVietnamese() throws Exception {
		String invalid = """
				{"number": "977", "symbol": "tb stnmt", "issuedOn": "2999-01-01", "documentType": "Thông báo",
				 "subject": " ", "language": "vi", "pageCount": 0, "accessRegime": "cong-khai", "reliability": "so-hoa"}""";
		this.mvc
			.perform(put("/api/documents/{id}/description", DOCUMENT).contentType(MediaType.APPLICATION_JSON)
				.content(invalid))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("tag:luutru,2025:problem/invalid-record"))
			.andExpect(jsonPath("$.errors", hasSize(4)))
			.andExpect(jsonPath("$.detail").value(containsString("Ký hiệu văn bản viết hoa")));
		this.mvc.perform(get("/api/documents/{id}/description", DOCUMENT)).andExpect(jsonPath("$.edited").value(false));
	}

	@Test
	void aDocumentBelongsToAtMostOneFileWhoseDatesTakeItIn() throws Exception {
		openFile(1, "thong-bao", null);
		openFile(2, "thong-bao", null);
		this.mvc.perform(put("/api/records/files/H12.1.1/documents/{id}", DOCUMENT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.documentCount").value(1))
			.andExpect(jsonPath("$.pageCount").value(2))
			.andExpect(jsonPath("$.file.startDate").value("2019-10-25"))
			.andExpect(jsonPath("$.file.endDate").value("2019-10-25"))
			.andExpect(jsonPath("$.file.retention").value("10"));
		this.mvc.perform(put("/api/records/files/H12.1.2/documents/{id}", DOCUMENT))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("tag:luutru,2025:problem/document-already-filed"));
		this.mvc.perform(get("/api/documents/{id}/description", DOCUMENT))
			.andExpect(jsonPath("$.identifier").value("H12.1.1.1"))
			.andExpect(jsonPath("$.file.code").value("H12.1.1"));
		assertThat(documentsWith(IndexFields.ARCHIVAL_FILE_CODE, "H12.1.1")).containsExactly(DOCUMENT);
		this.mvc
			.perform(post("/api/records/files").contentType(MediaType.APPLICATION_JSON)
				.content("{\"fondsCode\": \"H12\", \"catalogueNumber\": 1, \"fileNumber\": 1, \"title\": \"Trùng\"}"))
			.andExpect(status().isConflict());
	}

	@Test
	void filesPastTheirRetentionAreAppraisedAndDestroyedOnlyByTwoAdministrators() throws Exception {
		openFile(1, "thong-bao", "2010-12-31");
		openFile(2, "cong-van", "2012-06-30");
		openFile(3, "quyet-dinh", "2000-12-31");
		openFile(4, "thong-bao", "2024-12-31");
		this.mvc.perform(get("/api/records/appraisal"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].file.code", contains("H12.1.1", "H12.1.2")));
		this.mvc
			.perform(post("/api/records/appraisal/H12.1.3/decisions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\": \"destroy\", \"reason\": \"Hết giá trị\"}"))
			.andExpect(status().isConflict());

		decide("H12.1.1", "{\"decision\": \"extend\", \"extendYears\": 30, \"reason\": \"Còn giá trị tra cứu\"}")
			.andExpect(jsonPath("$.file.retention").value("40"));
		decide("H12.1.2", "{\"decision\": \"destroy\", \"extendYears\": null, \"reason\": \"\"}")
			.andExpect(status().isBadRequest());
		long decision = this.jdbc.sql("SELECT id FROM appraisal_decisions WHERE file_code = 'H12.1.1'")
			.query(Long.class)
			.single();
		decide("H12.1.2", "{\"decision\": \"destroy\", \"reason\": \"Hội đồng thẩm định: hết giá trị\"}")
			.andExpect(jsonPath("$.file.status").value("destruction-approved"));
		long destroy = this.jdbc.sql("SELECT id FROM appraisal_decisions WHERE file_code = 'H12.1.2'")
			.query(Long.class)
			.single();
		assertThat(destroy).isNotEqualTo(decision);
		this.mvc.perform(post("/api/records/appraisal/H12.1.2/decisions/{id}/confirmation", destroy))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("quản trị viên khác")));
		this.mvc
			.perform(post("/api/records/appraisal/H12.1.2/decisions/{id}/confirmation", destroy)
				.with(user("second-admin").authorities(AuthorityUtils
					.createAuthorityList(Permission.APPRAISE_RECORDS.authority(), Permission.SEARCH.authority()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.file.status").value("destroyed"))
			.andExpect(jsonPath("$.decisions[0].confirmedBy").value("second-admin"));
		this.mvc.perform(get("/api/records/appraisal")).andExpect(jsonPath("$", hasSize(0)));
		assertThat(this.jdbc
			.sql("SELECT action FROM audit_log WHERE subject_type = 'archival-file' "
					+ "AND action LIKE 'record.%' AND at > now() - interval '1 minute' ORDER BY id")
			.query(String.class)
			.list())
			.containsSubsequence("record.appraisal.extend", "record.appraisal.destroy", "record.destruction.confirm");
	}

	private void openFile(int number, String type, String endDate) throws Exception {
		String end = (endDate != null) ? ", \"endDate\": \"" + endDate + "\"" : "";
		this.mvc
			.perform(post("/api/records/files").contentType(MediaType.APPLICATION_JSON)
				.content("{\"fondsCode\": \"H12\", \"catalogueNumber\": 1, \"fileNumber\": " + number
						+ ", \"title\": \"Hồ sơ thu hồi đất " + number + "\", \"documentType\": \"" + type + "\"" + end
						+ "}"))
			.andExpect(status().isCreated());
	}

	private org.springframework.test.web.servlet.ResultActions decide(String code, String body) throws Exception {
		return this.mvc
			.perform(post("/api/records/appraisal/{code}/decisions", code).contentType(MediaType.APPLICATION_JSON)
				.content(body));
	}

	private List<String> documentsWith(String field, String value) throws Exception {
		return this.client
			.search((s) -> s.index(this.index.alias()).query((q) -> q.term((t) -> t.field(field).value(value))),
					Void.class)
			.hits()
			.hits()
			.stream()
			.map((hit) -> hit.id())
			.toList();
	}

}
