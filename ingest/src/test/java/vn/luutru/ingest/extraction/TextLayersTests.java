package vn.luutru.ingest.extraction;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.luutru.ingest.ocr.VietnameseSyllables;

import static org.assertj.core.api.Assertions.assertThat;

class TextLayersTests {

	private static final String CONSTITUTION = "Cộng hoà xã hội chủ nghĩa Việt Nam";

	@Test
	void aPageOfWordsIsRealText() {
		String text = "Sở Tài nguyên và Môi trường thông báo kết quả";
		assertThat(TextLayers.isReal(text, 20)).isTrue();
		assertThat(TextLayers.judge(text, 20)).isEqualTo(new TextLayers.Judged.Usable(text, "unicode"));
	}

	@Test
	void aPageNumberOrStampCaptionIsNot() {
		assertThat(TextLayers.isReal("  12  ", 20)).isFalse();
		assertThat(TextLayers.isReal("Trang 3 / 300", 20)).isFalse();
		assertThat(TextLayers.judge("", 20)).isInstanceOf(TextLayers.Judged.Unusable.class);
	}

	@Test
	void tcvn3TextFromVnTimeFontsIsConverted() {
		// As a ".VnTime" document's text layer reads: Windows-1252 characters for TCVN3
		// bytes.
		assertThat(TextLayers.judge("Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc", 20))
			.isEqualTo(new TextLayers.Judged.Usable(CONSTITUTION + "\nĐộc lập - Tự do - Hạnh phúc", "tcvn3"));
		assertThat(LegacyVietnamese.fromTcvn3("Së Tµi nguyªn vµ M«i tr\u00adêng th«ng b¸o kÕt qu¶ thÈm ®Þnh hå s¬"))
			.isEqualTo("Sở Tài nguyên và Môi trường thông báo kết quả thẩm định hồ sơ");
	}

	@Test
	void vniTextIsConverted() {
		assertThat(TextLayers.judge("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc", 20))
			.isEqualTo(new TextLayers.Judged.Usable("Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc",
					"vni"));
		assertThat(LegacyVietnamese.fromVni("Sôû Taøi nguyeân vaø Moâi tröôøng, thöûa ñaát soá 125"))
			.isEqualTo("Sở Tài nguyên và Môi trường, thửa đất số 125");
		assertThat(LegacyVietnamese.fromVni("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM"))
			.isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
	}

	@Test
	void unicodeVietnameseAndOtherLatinTextAreLeftAlone() {
		String mixed = "Diện tích 1.494 m² ở nhiệt độ 25°C; báo cáo của Société Générale và Müller GmbH";
		assertThat(TextLayers.judge(mixed, 20)).isEqualTo(new TextLayers.Judged.Usable(mixed, "unicode"));
	}

	@Test
	void codesWithoutUnicodeMappingAreOcrd() {
		String codes = "\uE001\uE002\uE003 \uE004\uE005 abcdefghij klmnopqrstu vwxyz \uE006\uE007\uE008\uE009";
		assertThat(TextLayers.judge(codes, 20)).isInstanceOf(TextLayers.Judged.Unusable.class);
	}

	@Test
	void mojibakeNoEncodingExplainsIsOcrd() {
		String noise = "Ãþ×ðÿ åæç ÷øùúûü ýþÿ ÐÑÒ ÓÔÕÖ ØÙÚÛÜ ÆÇÈ ßàáâ ãäå";
		assertThat(TextLayers.judge(noise, 20)).isInstanceOf(TextLayers.Judged.Unusable.class);
	}

	@Test
	void syllablesAreToldFromLetterSoup() {
		assertThat(VietnameseSyllables.isSyllable("nghiêng")).isTrue();
		assertThat(VietnameseSyllables.isSyllable("Trường")).isTrue();
		assertThat(VietnameseSyllables.isSyllable("khuỷu")).isTrue();
		assertThat(VietnameseSyllables.isSyllable("ồổỗ")).isFalse();
		assertThat(VietnameseSyllables.isSyllable("ẪỵìỖỐ")).isFalse();
		assertThat(VietnameseSyllables.mostlyPlausible("Cộng hoà xã hội chủ nghĩa Việt Nam")).isTrue();
	}

	@Test
	void aVnTimeStylePdfTextLayerReadsBackAsUnicode() throws IOException {
		// A font with a Windows-1252 encoding drawing TCVN3 bytes, as old Word documents
		// printed to PDF do; PDFBox gives back the Windows-1252 characters.
		String drawn = "Céng hoµ x· héi chñ nghÜa ViÖt Nam. Së Tµi nguyªn vµ M«i tr\u00adêng";
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
				content.newLineAtOffset(72, 700);
				content.showText(drawn);
				content.endText();
			}
			String layer = new PDFTextStripper().getText(document).strip();
			assertThat(TextLayers.judge(layer, 20))
				.isEqualTo(new TextLayers.Judged.Usable(CONSTITUTION + ". Sở Tài nguyên và Môi trường", "tcvn3"));
		}
	}

}
