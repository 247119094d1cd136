package vn.luutru.search.export;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The package's {@code data/mets.xml} (METS 1.12): the same description as
 * {@code description.json} for tools that read METS (Archivematica, Kitodo, Goobi,
 * DSpace). A {@code dmdSec} for the package and one per document carry Circular
 * 02/2019/TT-BNV's fields; the {@code fileSec} names every other payload file with the
 * SHA-256 of the bag's manifest; the physical {@code structMap} orders documents and
 * their pages.
 */
final class MetsDescription {

	static final String METS = "http://www.loc.gov/METS/";

	static final String XLINK = "http://www.w3.org/1999/xlink";

	/** Where the circular's fields are written inside {@code xmlData}. */
	static final String FIELDS = "urn:luutru:thong-tu-02-2019-tt-bnv";

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

	private static final Map<String, String> TYPES = Map.of("pdfa", "application/pdf", "text", "text/plain", "hocr",
			"text/vnd.hocr+html", "alto", "application/xml", "description", "application/json");

	private MetsDescription() {
	}

	/**
	 * The METS document.
	 * @param documents each document as {@link PackageDescription#document} describes it
	 * @param checksums every payload file written so far, by path inside {@code data/}
	 */
	static byte[] of(PackageSource source, List<Map<String, Object>> documents, Map<String, String> checksums) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setPrefix("mets", METS);
			xml.writeStartElement(METS, "mets");
			xml.writeNamespace("mets", METS);
			xml.writeNamespace("xlink", XLINK);
			xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
			xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
					METS + " http://www.loc.gov/standards/mets/version112/mets.xsd");
			xml.writeAttribute("OBJID", source.kind() + ":" + source.id());
			xml.writeAttribute("LABEL", source.kind() + " " + source.id());
			header(xml);
			dmdSec(xml, "dmd-package", source.description());
			for (int i = 0; i < documents.size(); i++) {
				dmdSec(xml, "dmd-document-" + (i + 1), fields(documents.get(i)));
			}
			MetsFiles files = new MetsFiles(documents, checksums);
			files.writeFileSec(xml);
			files.writeStructMap(xml, source, documents);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the package's METS", ex);
		}
		return out.toByteArray();
	}

	private static void header(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeStartElement(METS, "metsHdr");
		xml.writeAttribute("CREATEDATE", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
		xml.writeStartElement(METS, "agent");
		xml.writeAttribute("ROLE", "CREATOR");
		xml.writeAttribute("TYPE", "ORGANIZATION");
		xml.writeStartElement(METS, "name");
		xml.writeCharacters("Lưu trữ");
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
	}

	/** A description as the circular's fields, each with its label where it has one. */
	private static void dmdSec(XMLStreamWriter xml, String id, Map<String, ?> fields) throws XMLStreamException {
		xml.writeStartElement(METS, "dmdSec");
		xml.writeAttribute("ID", id);
		xml.writeStartElement(METS, "mdWrap");
		xml.writeAttribute("MDTYPE", "OTHER");
		xml.writeAttribute("OTHERMDTYPE", "TT-02-2019-BNV");
		xml.writeAttribute("MIMETYPE", "text/xml");
		xml.writeStartElement(METS, "xmlData");
		xml.writeStartElement("tt", "description", FIELDS);
		xml.writeNamespace("tt", FIELDS);
		for (Map.Entry<String, ?> field : fields.entrySet()) {
			if (field.getValue() != null) {
				xml.writeStartElement("tt", "field", FIELDS);
				xml.writeAttribute("name", field.getKey());
				String label = PackageDescription.LABELS.get(field.getKey());
				if (label != null) {
					xml.writeAttribute("label", label);
				}
				xml.writeCharacters(String.valueOf(field.getValue()));
				xml.writeEndElement();
			}
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static Map<String, Object> fields(Map<String, Object> document) {
		Map<String, Object> fields = new java.util.LinkedHashMap<>(document);
		fields.remove("files");
		return fields;
	}

	static String mimeType(String use, Map<String, Object> document) {
		return use.equals("original") ? String.valueOf(document.get("format"))
				: TYPES.getOrDefault(use, "application/octet-stream");
	}

	/** The files of one role by page number, from their names. */
	static Map<Integer, String> byPage(List<String> files) {
		Map<Integer, String> pages = new TreeMap<>();
		for (int i = 0; i < files.size(); i++) {
			pages.put(DocumentFiles.pageNumber(Path.of(files.get(i)), i + 1), files.get(i));
		}
		return pages;
	}

}
