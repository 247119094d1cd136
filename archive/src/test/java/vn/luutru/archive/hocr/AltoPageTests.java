package vn.luutru.archive.hocr;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

class AltoPageTests {

	static final String HOCR = """
			<html xmlns="http://www.w3.org/1999/xhtml"><head>
			<meta name="ocr-system" content="tesseract 5.3.0"/></head><body>
			""" + HocrLinesTests.PAGE + "</body></html>";

	@Test
	void everyLineAndWordBecomesAnAltoV4LineAndStringWithItsBoxAndConfidence() throws Exception {
		String alto = AltoPage.of(HOCR, "thong-bao.pdf", 3);

		assertThat(AltoStructure.problems(alto)).isEmpty();
		Document document = parse(alto);
		Element page = first(document, "Page");
		assertThat(page.getAttribute("WIDTH")).isEqualTo("2480");
		assertThat(page.getAttribute("HEIGHT")).isEqualTo("3508");
		assertThat(page.getAttribute("PHYSICAL_IMG_NR")).isEqualTo("3");
		NodeList lines = document.getElementsByTagNameNS(AltoStructure.NS, "TextLine");
		assertThat(lines.getLength()).isEqualTo(2);
		Element line = (Element) lines.item(0);
		assertThat(line.getAttribute("HPOS")).isEqualTo("100");
		assertThat(line.getAttribute("VPOS")).isEqualTo("200");
		assertThat(line.getAttribute("WIDTH")).isEqualTo("800");
		assertThat(line.getAttribute("HEIGHT")).isEqualTo("60");
		Element word = first(document, "String");
		assertThat(word.getAttribute("CONTENT")).isEqualTo("Tài");
		assertThat(word.getAttribute("HPOS")).isEqualTo("100");
		assertThat(word.getAttribute("WIDTH")).isEqualTo("300");
		assertThat(word.getAttribute("HEIGHT")).isEqualTo("48");
		assertThat(word.getAttribute("WC")).isEqualTo("0.91");
		assertThat(line.getElementsByTagNameNS(AltoStructure.NS, "SP").getLength()).isEqualTo(1);
		assertThat(((Element) line.getElementsByTagNameNS(AltoStructure.NS, "SP").item(0)).getAttribute("HPOS"))
			.isEqualTo("400");
	}

	@Test
	void theDescriptionNamesTheImageTheMeasurementUnitAndTheOcrSoftware() throws Exception {
		Document document = parse(AltoPage.of(HOCR, "thong-bao.pdf", 1));

		assertThat(first(document, "MeasurementUnit").getTextContent()).isEqualTo("pixel");
		assertThat(first(document, "fileName").getTextContent()).isEqualTo("thong-bao.pdf");
		assertThat(first(document, "softwareName").getTextContent()).isEqualTo("Tesseract");
		assertThat(first(document, "softwareVersion").getTextContent()).isEqualTo("5.3.0");
		assertThat(first(document, "processingStepSettings").getTextContent()).contains("vie");
		assertThat(first(document, "TextBlock").getAttribute("LANG")).isEqualTo("vi");
	}

	@Test
	void textThatWouldBreakXmlIsEscapedAndAPageWithoutWordsIsStillValid() throws Exception {
		String hocr = "<div class='ocr_page' title='bbox 0 0 100 50'><span class='ocr_line' title='bbox 0 0 90 20'>"
				+ "<span class='ocrx_word' title='bbox 0 0 40 20; x_wconf 50'>&lt;a&amp;&quot;b</span></span></div>";

		assertThat(first(parse(AltoPage.of(hocr, "a\"b.tif", 1)), "String").getAttribute("CONTENT"))
			.isEqualTo("<a&\"b");
		assertThat(AltoStructure.problems(AltoPage.of("<div class='ocr_page' title='bbox 0 0 100 50'></div>", "x", 1)))
			.isEmpty();
	}

	@Test
	void theStructuralCheckFindsWhatBreaksTheSpecification() {
		String broken = AltoPage.of(HOCR, "x.pdf", 1).replace("WC=\"0.91\"", "WC=\"1.5\"").replace("<SP ", "<SPACE ");

		assertThat(AltoStructure.problems(broken)).contains("WC 1.5 is not within 0–1")
			.anyMatch((problem) -> problem.startsWith("TextLine holds SPACE"));
	}

	private static Element first(Document document, String name) {
		return (Element) document.getElementsByTagNameNS(AltoStructure.NS, name).item(0);
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

}
