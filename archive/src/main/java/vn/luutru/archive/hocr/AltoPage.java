package vn.luutru.archive.hocr;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Converts one page's hOCR, as stored (with any corrections already applied), to ALTO v4:
 * the one converter behind the API's ALTO and the archival package's. Every hOCR line
 * becomes a {@code TextBlock} holding one {@code TextLine}, since our hOCR (Tesseract's,
 * or a corrected page written again) has a block to a line for isolated lettering and the
 * line is what a reader of ALTO lays text out by; words become {@code String}s with
 * {@code SP} between them. Positions are the pixels of the image OCR read.
 */
public final class AltoPage {

	/** The ALTO v4 namespace. */
	public static final String NAMESPACE = "http://www.loc.gov/standards/alto/ns-v4#";

	// ALTO 4.2 is the version the readers we know (Goobi, Kitodo, eScriptorium) accept.
	private static final String SCHEMA = NAMESPACE + " http://www.loc.gov/standards/alto/v4/alto-4-2.xsd";

	private static final Pattern OCR_SYSTEM = Pattern
		.compile("name=['\"]ocr-system['\"]\\s+content=['\"]tesseract\\s*([^'\"]*)['\"]", Pattern.CASE_INSENSITIVE);

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

	private AltoPage() {
	}

	/**
	 * The page as an ALTO v4 document.
	 * @param hocr the page's hOCR, a stored document or an {@code ocr_page} element
	 * @param imageName the file the page's image came from, for
	 * {@code sourceImageInformation}
	 * @param pageNumber the page's number in its document, 1-based
	 * @throws IllegalArgumentException for hOCR that is not well-formed
	 */
	public static String of(String hocr, String imageName, int pageNumber) {
		List<HocrLine> lines = HocrLines.of(hocr);
		int[] size = HocrWords.pageSize(hocr);
		int width = (size != null) ? size[0] : lines.stream().mapToInt((line) -> right(line)).max().orElse(0);
		int height = (size != null) ? size[1] : lines.stream().mapToInt((line) -> bottom(line)).max().orElse(0);
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("alto");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
			xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation", SCHEMA);
			description(xml, imageName, version(hocr));
			xml.writeStartElement("Layout");
			xml.writeStartElement("Page");
			xml.writeAttribute("ID", "page_" + pageNumber);
			xml.writeAttribute("PHYSICAL_IMG_NR", Integer.toString(pageNumber));
			xml.writeAttribute("WIDTH", Integer.toString(width));
			xml.writeAttribute("HEIGHT", Integer.toString(height));
			xml.writeStartElement("PrintSpace");
			position(xml, 0, 0, width, height);
			AltoLines.write(xml, lines);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write ALTO for page " + pageNumber, ex);
		}
		return out.toString();
	}

	private static void description(XMLStreamWriter xml, String imageName, String version) throws XMLStreamException {
		xml.writeStartElement("Description");
		text(xml, "MeasurementUnit", "pixel");
		xml.writeStartElement("sourceImageInformation");
		text(xml, "fileName", imageName);
		xml.writeEndElement();
		xml.writeStartElement("OCRProcessing");
		xml.writeAttribute("ID", "ocr_1");
		xml.writeStartElement("ocrProcessingStep");
		text(xml, "processingStepSettings", "language: vie");
		xml.writeStartElement("processingSoftware");
		text(xml, "softwareName", "Tesseract");
		if (!version.isEmpty()) {
			text(xml, "softwareVersion", version);
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
	}

	/** The Tesseract version the hOCR's {@code ocr-system} states; empty when none. */
	static String version(String hocr) {
		Matcher matcher = OCR_SYSTEM.matcher(hocr);
		return matcher.find() ? matcher.group(1).strip() : "";
	}

	static void position(XMLStreamWriter xml, int x, int y, int width, int height) throws XMLStreamException {
		xml.writeAttribute("HPOS", Integer.toString(x));
		xml.writeAttribute("VPOS", Integer.toString(y));
		xml.writeAttribute("WIDTH", Integer.toString(Math.max(0, width)));
		xml.writeAttribute("HEIGHT", Integer.toString(Math.max(0, height)));
	}

	static String confidence(int percent) {
		return String.format(Locale.ROOT, "%.2f", percent / 100.0);
	}

	private static void text(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static int right(HocrLine line) {
		return line.words().stream().mapToInt((word) -> word.box().x1()).max().orElse(0);
	}

	private static int bottom(HocrLine line) {
		return line.words().stream().mapToInt((word) -> word.box().y1()).max().orElse(0);
	}

}
