package vn.luutru.search.documents;

import org.springframework.context.annotation.Import;
import vn.luutru.search.audit.AuditedAction;
import vn.luutru.search.SignedIn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.luutru.search.documents.DocumentDetails.PageSummary;
import vn.luutru.archive.index.ArchiveEntry.Identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(SignedIn.class)
@WebMvcTest(DocumentController.class)
@RecordApplicationEvents
class DocumentControllerTests {

	static final String ID = "0123456789abcdef01234567";

	static final String SHA256 = ID + "89abcdef0123456789abcdef0123456789abcdef";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ArchiveDocuments documents;

	@MockitoBean
	PageImages pageImages;

	@MockitoBean
	PersonalDataPictures personalData;

	@TempDir
	Path dir;

	@Autowired
	ApplicationEvents audited;

	// Files with personal data are PersonalDataIntegrationTests' subject.
	@BeforeEach
	void filesHoldNoPersonalData() {
		given(this.personalData.file(any(), any())).willAnswer((call) -> call.getArgument(1));
	}

	@Test
	void detailsOfADocument() throws Exception {
		given(this.documents.details(ID))
			.willReturn(new DocumentDetails(ID, "Quyết định giao đất", "qd-12.pdf", "application/pdf", 1234, 2, "mixed",
					Instant.parse("2025-06-01T08:30:00Z"), SHA256, Map.of("author", "STNMT"),
					new Identifiers("quyet-dinh", 2019, List.of("977/QĐ-UBND"), List.of("000.00.12.H13-191002-0015"),
							List.of("12"), List.of("12/125"), List.of(LocalDate.of(2019, 10, 2)),
							List.of("Phường An Khánh")),
					List.of(new PageSummary(1, "text-layer", null), new PageSummary(2, "ocr", 91.5f))));

		this.mvc.perform(get("/api/documents/{id}", ID))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(ID))
			.andExpect(jsonPath("$.ingestedAt").value("2025-06-01T08:30:00Z"))
			.andExpect(jsonPath("$.metadata.author").value("STNMT"))
			.andExpect(jsonPath("$.identifiers.kind").value("quyet-dinh"))
			.andExpect(jsonPath("$.identifiers.year").value(2019))
			.andExpect(jsonPath("$.identifiers.documentNumbers[0]").value("977/QĐ-UBND"))
			.andExpect(jsonPath("$.identifiers.parcels[0]").value("12/125"))
			.andExpect(jsonPath("$.identifiers.mapSheets[0]").value("12"))
			.andExpect(jsonPath("$.identifiers.dates[0]").value("2019-10-02"))
			.andExpect(jsonPath("$.identifiers.adminUnits[0]").value("Phường An Khánh"))
			.andExpect(jsonPath("$.pages[1].ocrConfidence").value(91.5))
			.andExpect(jsonPath("$.pages[0].textSource").value("text-layer"));
	}

	@Test
	void pageTextIsPlainUtf8() throws Exception {
		given(this.documents.pageText(ID, 2)).willReturn("Sở Tài nguyên và Môi trường");

		this.mvc.perform(get("/api/documents/{id}/pages/{page}/text", ID, 2))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andExpect(content().encoding(java.nio.charset.StandardCharsets.UTF_8))
			.andExpect(content().string("Sở Tài nguyên và Môi trường"));
	}

	@Test
	void pageWordBoxesAreHocr() throws Exception {
		given(this.documents.pageWordBoxes(ID, 1)).willReturn(new org.springframework.core.io.ByteArrayResource(
				"<html><body><div class='ocr_page'/></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

		this.mvc.perform(get("/api/documents/{id}/pages/{page}/ocr", ID, 1))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xhtml+xml"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ocr_page")));
	}

	@Test
	void pageOcrIsAlsoAltoXml() throws Exception {
		given(this.documents.pageAlto(ID, 1)).willReturn(new org.springframework.core.io.ByteArrayResource(
				"<alto xmlns='http://www.loc.gov/standards/alto/ns-v4#'/>".getBytes(StandardCharsets.UTF_8)));

		this.mvc.perform(get("/api/documents/{id}/pages/{page}/alto", ID, 1))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xml"))
			.andExpect(content().string(containsString("alto/ns-v4#")));
	}

	@Test
	void aPageReadFromItsTextLayerHasNoAlto() throws Exception {
		given(this.documents.pageAlto(ID, 1)).willThrow(new NoWordBoxes(ID, 1));

		this.mvc.perform(get("/api/documents/{id}/pages/{page}/alto", ID, 1))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("No word boxes"));
	}

	@Test
	void aPageReadFromItsTextLayerHasNoWordBoxes() throws Exception {
		given(this.documents.pageWordBoxes(ID, 1)).willThrow(new NoWordBoxes(ID, 1));

		this.mvc.perform(get("/api/documents/{id}/pages/{page}/ocr", ID, 1))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("No word boxes"));
	}

	@Test
	void aPageBeyondTheDocumentIsNotFound() throws Exception {
		given(this.documents.pageText(ID, 9)).willThrow(new DocumentNotFound(ID, 9, 2));

		this.mvc.perform(get("/api/documents/{id}/pages/{page}/text", ID, 9))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Document '" + ID + "' has no page 9; its pages are 1 to 2."));
	}

	@Test
	void unknownDocumentIsNotFound() throws Exception {
		given(this.documents.details("nope")).willThrow(new DocumentNotFound("nope"));

		this.mvc.perform(get("/api/documents/{id}", "nope"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Document not found"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("No document has the id 'nope'."));
	}

	@Test
	void originalIsServedInlineWithItsVietnameseName() throws Exception {
		givenOriginal("Bản đồ địa chính tờ 12.pdf", "%PDF-1.7 tiny");

		this.mvc.perform(get("/api/documents/{id}/file", ID))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(content().string("%PDF-1.7 tiny"))
			.andExpect(header().string(HttpHeaders.ETAG, "\"" + SHA256 + "\""))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, allOf(startsWith("inline;"), containsString(
					"filename*=UTF-8''B%E1%BA%A3n%20%C4%91%E1%BB%93%20%C4%91%E1%BB%8Ba%20ch%C3%ADnh%20t%E1%BB%9D%2012.pdf"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void originalAnswersRangeRequests() throws Exception {
		givenOriginal("scan.tif", "0123456789");

		this.mvc.perform(get("/api/documents/{id}/file", ID).header(HttpHeaders.RANGE, "bytes=2-5"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 2-5/10"))
			.andExpect(content().string("2345"));
	}

	@Test
	void originalAnswersNotModifiedToItsEtag() throws Exception {
		givenOriginal("scan.tif", "0123456789");

		this.mvc.perform(get("/api/documents/{id}/file", ID).header(HttpHeaders.IF_NONE_MATCH, "\"" + SHA256 + "\""))
			.andExpect(status().isNotModified());
	}

	@Test
	void missingOriginalIsNotFound() throws Exception {
		given(this.documents.original(ID)).willThrow(new OriginalMissing(ID));

		this.mvc.perform(get("/api/documents/{id}/file", ID))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Original file missing"));
	}

	@Test
	void hitBoxesOfAPage() throws Exception {
		given(this.documents.hitBoxes(ID, 1, "tai nguyen"))
			.willReturn(new HitBoxes.Page(2480, 3508, List.of(new HitBoxes.Box("Tài", 490, 248, 560, 281))));

		this.mvc.perform(get("/api/documents/{id}/pages/{n}/hits", ID, 1).param("q", "tai nguyen"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.width").value(2480))
			.andExpect(jsonPath("$.boxes[0].word").value("Tài"))
			.andExpect(jsonPath("$.boxes[0].x0").value(490))
			.andExpect(jsonPath("$.boxes[0].y1").value(281));
	}

	@Test
	void searchablePdfIsServedInlineAsPdf() throws Exception {
		Path file = Files.writeString(this.dir.resolve("searchable.pdf"), "%PDF-1.7 searchable",
				StandardCharsets.UTF_8);
		given(this.documents.searchablePdf(ID)).willReturn(new Original(new FileSystemResource(file),
				MediaType.APPLICATION_PDF, "bao-cao-dtm.pdf", SHA256 + "-pdfa"));

		this.mvc.perform(get("/api/documents/{id}/pdf", ID))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(content().string("%PDF-1.7 searchable"))
			.andExpect(header().string(HttpHeaders.ETAG, "\"" + SHA256 + "-pdfa\""))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("bao-cao-dtm.pdf")));
	}

	@Test
	void aDocumentWithoutASearchablePdfSaysSo() throws Exception {
		given(this.documents.searchablePdf(ID)).willThrow(new NoSearchablePdf(ID, "none"));

		this.mvc.perform(get("/api/documents/{id}/pdf", ID))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value(endsWith("/no-searchable-pdf")))
			.andExpect(jsonPath("$.title").value("No searchable PDF"));
	}

	@Test
	void openingAnOriginalIsAuditedOnceNotForEachRangeAViewerReads() throws Exception {
		givenOriginal("scan.tif", "0123456789");

		this.mvc.perform(get("/api/documents/{id}/file", ID)).andExpect(status().isOk());
		this.mvc.perform(get("/api/documents/{id}/file", ID).header(HttpHeaders.RANGE, "bytes=0-3"))
			.andExpect(status().isPartialContent());
		this.mvc.perform(get("/api/documents/{id}/file", ID).header(HttpHeaders.RANGE, "bytes=4-9"))
			.andExpect(status().isPartialContent());

		assertThat(this.audited.stream(AuditedAction.class)).extracting(AuditedAction::action, AuditedAction::subjectId)
			.containsExactly(tuple("document.original.view", ID), tuple("document.original.view", ID));
	}

	private void givenOriginal(String fileName, String content) throws Exception {
		Path file = Files.writeString(this.dir.resolve("original"), content, StandardCharsets.UTF_8);
		MediaType type = fileName.endsWith(".pdf") ? MediaType.APPLICATION_PDF : MediaType.parseMediaType("image/tiff");
		given(this.documents.original(ID))
			.willReturn(new Original(new FileSystemResource(file), type, fileName, SHA256));
	}

}
