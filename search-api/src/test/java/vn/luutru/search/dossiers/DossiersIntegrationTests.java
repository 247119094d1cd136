package vn.luutru.search.dossiers;

import org.springframework.context.annotation.Import;
import vn.luutru.search.SignedIn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.identifiers.IdentifierReader;
import vn.luutru.archive.identifiers.IdentifiersProperties;
import vn.luutru.search.ArchiveEntries;
import vn.luutru.search.WholeApplication;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.PageEntry;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing one-stop exports, attaching documents, and suggestions from what was read in
 * a document, against the real PostgreSQL and Elasticsearch.
 */
@Import(SignedIn.class)
class DossiersIntegrationTests extends WholeApplication {

	static final String DOCUMENT = "d055e0000000000000000001";

	static final String CODE = "000.00.12.H13-191002-0015";

	static final String PARCEL = "000.00.12.H13-191003-0021";

	static final String CITED = "000.00.12.H13-191010-0007";

	static final String DECOY = "000.00.12.H13-191011-0008";

	static final String HEADER = "Mã hồ sơ,Tên thủ tục,Lĩnh vực,Người nộp,Số CCCD,Ngày nhận,Ngày hẹn trả,Ngày trả,"
			+ "Trạng thái,Hình thức trả,Phường/Xã,Thửa đất,Văn bản liên quan\n";

	static final String EXPORT = HEADER + CODE
			+ ",Thuê đất,Đất đai,Công ty CP Đầu tư Xây dựng Đà Nẵng,0400123456,02/10/2019,30/10/2019,,Đang giải quyết,"
			+ "Trực tiếp,,,\n" + PARCEL
			+ ",Đăng ký biến động,Đất đai,Trần Văn Bình,092079001234,03/10/2019,20/10/2019,18/10/2019,Đã trả kết quả,"
			+ "Bưu điện,Phường An Khánh,12/125,\n" + CITED
			+ ",\"Cấp phép khai thác nước, xả thải\",Tài nguyên nước,Lê Thị Hoa,,10/10/2019,10/11/2019,,Đang giải quyết,"
			+ "Trực tuyến,,,977/TB-STNMT\n" + DECOY
			+ ",Đăng ký biến động,Đất đai,Phạm Văn Nam,,11/10/2019,21/10/2019,,Đã tiếp nhận,,Phường An Khánh,12/126,\n"
			+ "000.00.12.H13-191012-0009,Thuê đất,Đất đai,,,12/10/2019,,,Không rõ,,,,\n"
			+ "000.00.12.H13-191013-0010,Thuê đất,Đất đai,,,31/02/2019,,,Đang giải quyết,,,,\n";

	@BeforeEach
	void cleanDossiersAndIndexADocument() throws Exception {
		this.jdbc.sql("DELETE FROM dossiers").update();
		if (this.catalogue.find(DocumentId.of(DOCUMENT)).isEmpty()) {
			this.catalogue.add(new CatalogedDocument(DocumentId.of(DOCUMENT), DOCUMENT + "0".repeat(40),
					"thong-bao-977.pdf", Path.of("/srv/scans/thong-bao-977.pdf"), Path.of("/nonexistent"),
					"application/pdf", 100, 2, "Thông báo 977/TB-STNMT", "ocr", Instant.now(), 0));
		}
		IdentifierReader reader = new IdentifierReader(IdentifiersProperties.defaults());
		String first = "Số: 977/TB-STNMT Cần Thơ, ngày 25 tháng 10 năm 2019\nTHÔNG BÁO\nXét hồ sơ nộp ngày 02 tháng 10 "
				+ "năm 2019, mã hồ sơ 000.00.12.H13-191002-OO15 (đọc sai O thay 0);";
		String second = "khu đất tại thửa đất số 125, tờ bản đồ số 12, phường An Khánh, quận Ninh Kiều.";
		this.index.ensureExists();
		List<ArchiveEntry> pages = new ArrayList<>();
		for (int page = 1; page <= 2; page++) {
			String text = (page == 1) ? first : second;
			pages.add(new PageEntry(DOCUMENT, DOCUMENT + "0".repeat(40), "thong-bao-977.pdf", "Thông báo",
					"application/pdf", 100, 2, page, text, "ocr", 90f, null, reader.read(text), Instant.now(), 0,
					null));
		}
		ArchiveEntries.index(this.client, this.index, pages);
	}

	@Test
	void aCsvExportImportsItsGoodRowsAndReportsEachBadOne() throws Exception {
		this.mvc
			.perform(post("/api/dossiers/import").contentType("text/csv")
				.content(EXPORT.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(6))
			.andExpect(jsonPath("$.inserted").value(4))
			.andExpect(jsonPath("$.errors[0].line").value(6))
			.andExpect(jsonPath("$.errors[0].reason").value(containsString("unknown status 'Không rõ'")))
			.andExpect(jsonPath("$.errors[1].line").value(7))
			.andExpect(jsonPath("$.errors[1].reason").value(containsString("'31/02/2019' is not a date")));

		this.mvc.perform(get("/api/dossiers/{code}", CITED))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dossier.procedureName").value("Cấp phép khai thác nước, xả thải"))
			.andExpect(jsonPath("$.dossier.status").value("in-progress"))
			.andExpect(jsonPath("$.dossier.returnChannel").value("online"))
			.andExpect(jsonPath("$.dossier.documentNumbers[0]").value("977/TB-STNMT"));

		// A re-import changes only what changed.
		String changed = EXPORT.replace("30/10/2019,,Đang giải quyết", "30/10/2019,28/10/2019,Đã trả kết quả");
		this.mvc
			.perform(post("/api/dossiers/import").contentType("text/csv")
				.content(changed.getBytes(StandardCharsets.UTF_8)))
			.andExpect(jsonPath("$.inserted").value(0))
			.andExpect(jsonPath("$.updated").value(1))
			.andExpect(jsonPath("$.unchanged").value(3));
	}

	@Test
	void aJsonExportImportsToo() throws Exception {
		String json = """
				[{"Mã hồ sơ": "%s", "Trạng thái": "Đã tiếp nhận", "Ngày nhận": "2019-10-02", "Thửa đất": ["12/125"]}]"""
			.formatted(CODE);
		this.mvc.perform(post("/api/dossiers/import").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inserted").value(1))
			.andExpect(jsonPath("$.errors").value(empty()));
	}

	@Test
	void anExportWithoutTheCodeColumnIsRefusedAsAWhole() throws Exception {
		this.mvc.perform(post("/api/dossiers/import").contentType("text/csv").content("Ma,Trang thai\nx,y\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Export cannot be imported"))
			.andExpect(jsonPath("$.detail").value(containsString("no column 'Mã hồ sơ'")));
	}

	@Test
	void suggestionsRankTheCodeAboveTheParcelAboveACitedNumber() throws Exception {
		importExport();

		this.mvc.perform(get("/api/documents/{id}/suggested-dossiers", DOCUMENT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(contains(CODE, PARCEL, CITED)))
			.andExpect(jsonPath("$[0].evidence[0].kind").value("dossier-code"))
			.andExpect(jsonPath("$[0].evidence[0].page").value(1))
			.andExpect(jsonPath("$[1].evidence[0].kind").value("parcel-and-ward"))
			.andExpect(jsonPath("$[1].evidence[0].page").value(2))
			.andExpect(jsonPath("$[2].evidence[0].kind").value("document-number"));
	}

	@Test
	void officersAttachAndDetachDocuments() throws Exception {
		importExport();

		this.mvc
			.perform(put("/api/dossiers/{code}/documents/{id}", CODE, DOCUMENT).contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\": \"Thông báo kết quả thẩm định\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.documents[0].documentId").value(DOCUMENT))
			.andExpect(jsonPath("$.documents[0].note").value("Thông báo kết quả thẩm định"));
		this.mvc.perform(get("/api/documents/{id}/dossiers", DOCUMENT)).andExpect(jsonPath("$").value(contains(CODE)));
		// Searches filter and count by the links, on every page of the document.
		this.mvc.perform(get("/api/search").param("q", "thua dat hoso:co linhvuc:\"Đất đai\" thutuc:\"Thuê đất\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].documentId").value(contains(DOCUMENT)))
			.andExpect(jsonPath("$.facets.dossierField[*].value").value(hasItem("Đất đai")))
			.andExpect(jsonPath("$.facets.dossier[*].value").value(contains("co")));
		this.mvc.perform(get("/api/search").param("q", "thua dat hoso:khong"))
			.andExpect(jsonPath("$.hits[*].documentId").value(not(hasItem(DOCUMENT))));

		this.mvc.perform(delete("/api/dossiers/{code}/documents/{id}", CODE, DOCUMENT))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/documents/{id}/dossiers", DOCUMENT)).andExpect(jsonPath("$").value(empty()));
		this.mvc.perform(get("/api/search").param("q", "thua dat hoso:co"))
			.andExpect(jsonPath("$.hits[*].documentId").value(not(hasItem(DOCUMENT))));
		this.mvc.perform(get("/api/search").param("q", "thua dat hoso:khong").param("size", "100"))
			.andExpect(jsonPath("$.hits[*].documentId").value(hasItem(DOCUMENT)));
		this.mvc.perform(get("/api/search").param("q", "hoso:maybe")).andExpect(status().isBadRequest());
	}

	@Test
	void aReImportThatRenamesALinkedDossiersFieldChangesWhatSearchesFilterBy() throws Exception {
		importExport();
		this.mvc.perform(put("/api/dossiers/{code}/documents/{id}", CODE, DOCUMENT)).andExpect(status().isOk());
		String renamed = HEADER + CODE + ",Gia hạn thuê đất,Đất đai và đo đạc,Công ty CP Đầu tư Xây dựng Đà Nẵng,"
				+ "0400123456,02/10/2019,30/10/2019,,Đang giải quyết,Trực tiếp,,,\n";

		this.mvc
			.perform(post("/api/dossiers/import").contentType("text/csv")
				.content(renamed.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1))
			.andExpect(jsonPath("$.errors").value(empty()));
		this.index.refresh();

		this.mvc.perform(get("/api/search").param("q", "thua dat linhvuc:\"Đất đai và đo đạc\""))
			.andExpect(jsonPath("$.hits[*].documentId").value(contains(DOCUMENT)));
		this.mvc.perform(get("/api/search").param("q", "thua dat thutuc:\"Gia hạn thuê đất\""))
			.andExpect(jsonPath("$.hits[*].documentId").value(contains(DOCUMENT)));
		this.mvc.perform(get("/api/search").param("q", "thua dat linhvuc:\"Đất đai\""))
			.andExpect(jsonPath("$.hits[*].documentId").value(not(hasItem(DOCUMENT))));
	}

	@Test
	void unknownDossiersAndDocumentsAreNotFound() throws Exception {
		importExport();

		this.mvc.perform(get("/api/dossiers/{code}", "nope"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Dossier not found"));
		this.mvc.perform(put("/api/dossiers/{code}/documents/{id}", CODE, "ffffffffffffffffffffffff"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Document not found"));
	}

	private void importExport() throws Exception {
		this.mvc
			.perform(post("/api/dossiers/import").contentType("text/csv")
				.content(EXPORT.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk());
	}

}
