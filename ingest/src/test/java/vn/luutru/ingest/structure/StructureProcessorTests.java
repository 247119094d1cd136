package vn.luutru.ingest.structure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.extraction.TextSource;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.intake.ScannedFile;
import vn.luutru.ingest.metadata.FileMetadata;

import static org.assertj.core.api.Assertions.assertThat;

class StructureProcessorTests {

	static final String SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	static final DocumentId ID = DocumentId.fromSha256(SHA256);

	@TempDir
	Path work;

	Derivatives derivatives;

	@BeforeEach
	void derivatives() {
		this.derivatives = new Derivatives(this.work.resolve("derivatives"));
	}

	@Test
	void aPdfsNestedOutlineIsKeptAsNestedSections() throws Exception {
		Path pdf = this.work.resolve("bao-cao.pdf");
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < 4; i++) {
				document.addPage(new PDPage());
			}
			PDDocumentOutline outline = new PDDocumentOutline();
			PDOutlineItem chapter = item(document, "Chương 1. Tổng quan", 1);
			chapter.addLast(item(document, "1.1. Vị trí", 2));
			outline.addLast(chapter);
			outline.addLast(item(document, "Kết luận", 4));
			document.getDocumentCatalog().setDocumentOutline(outline);
			document.save(pdf.toFile());
		}

		new StructureProcessor(this.derivatives)
			.process(extracted(pdf, "application/pdf", page(1, ""), page(2, ""), page(3, ""), page(4, "")));

		JsonNode structure = new ObjectMapper().readTree(this.derivatives.structure(ID).toFile());
		assertThat(structure.path("source").asText()).isEqualTo("outline");
		assertThat(structure.path("sections").path(0).path("label").asText()).isEqualTo("Chương 1. Tổng quan");
		assertThat(structure.path("sections").path(0).path("page").asInt()).isEqualTo(1);
		assertThat(structure.path("sections").path(0).path("sections").path(0).path("label").asText())
			.isEqualTo("1.1. Vị trí");
		assertThat(structure.path("sections").path(0).path("sections").path(0).path("page").asInt()).isEqualTo(2);
		assertThat(structure.path("sections").path(1).path("page").asInt()).isEqualTo(4);
	}

	@Test
	void aScannedReportWithoutOutlineGetsItsHeadingsAndADocumentWithoutStructureNothing() throws Exception {
		Path tiff = Files.writeString(this.work.resolve("bao-cao.tif"), "x");
		StructureProcessor processor = new StructureProcessor(this.derivatives);

		processor.process(extracted(tiff, "image/tiff", page(1, "MỞ ĐẦU\nXuất xứ."), page(2, "CHƯƠNG 1. TỔNG QUAN")));

		JsonNode structure = new ObjectMapper().readTree(this.derivatives.structure(ID).toFile());
		assertThat(structure.path("source").asText()).isEqualTo("headings");
		assertThat(structure.path("sections")).hasSize(2);

		// Read again with its headings corrected away: the old structure goes.
		processor.process(extracted(tiff, "image/tiff", page(1, "Công văn"), page(2, "Nội dung")));

		assertThat(this.derivatives.structure(ID)).doesNotExist();
	}

	private static PDOutlineItem item(PDDocument document, String title, int page) {
		PDOutlineItem item = new PDOutlineItem();
		item.setTitle(title);
		item.setDestination(document.getPage(page - 1));
		return item;
	}

	private static Extraction.Extracted extracted(Path file, String contentType, PageText... pages) throws Exception {
		return new Extraction.Extracted(new FingerprintedFile(new ScannedFile(file, Files.size(file)), SHA256),
				new FileMetadata(contentType, null, Map.of()), List.of(pages), null);
	}

	private static PageText page(int number, String text) {
		return new PageText(number, text, TextSource.OCR, 90f, null, null, null, null);
	}

}
