package vn.luutru.archive.hocr;

import java.io.IOException;
import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses hOCR, Tesseract's own or a stored file's, as XML. OCR output is untrusted: no
 * DTDs are loaded and no external entities resolved.
 */
public final class HocrXml {

	private HocrXml() {
	}

	/**
	 * The document element; a bare fragment (an {@code ocr_page} element) is wrapped in a
	 * root first.
	 * @throws IllegalArgumentException for hOCR that is not well-formed
	 */
	public static Element parse(String hocr) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setExpandEntityReferences(false);
			String body = hocr.strip().startsWith("<?xml") ? hocr : "<root>" + hocr + "</root>";
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(body))).getDocumentElement();
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new IllegalArgumentException("Unreadable hOCR: " + ex.getMessage(), ex);
		}
	}

}
