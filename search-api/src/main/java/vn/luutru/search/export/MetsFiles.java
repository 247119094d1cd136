package vn.luutru.search.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import static vn.luutru.search.export.MetsDescription.METS;

/**
 * The {@code fileSec} and physical {@code structMap} of a package's METS: one
 * {@code fileGrp} per role (originals, PDF/A, page text, hOCR, ALTO, the JSON
 * description), each file with its checksum and its path inside {@code data/}, and the
 * package › document › page divisions pointing at them.
 */
final class MetsFiles {

	private static final List<String> PAGE_ROLES = List.of("text", "hocr", "alto");

	private final List<Map<String, Object>> documents;

	private final Map<String, String> checksums;

	private final Map<String, String> ids = new HashMap<>();

	MetsFiles(List<Map<String, Object>> documents, Map<String, String> checksums) {
		this.documents = documents;
		this.checksums = checksums;
		checksums.keySet().forEach((path) -> this.ids.put(path, "file-" + (this.ids.size() + 1)));
	}

	void writeFileSec(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeStartElement(METS, "fileSec");
		for (String use : List.of("original", "pdfa", "text", "hocr", "alto")) {
			List<String[]> files = new ArrayList<>();
			for (Map<String, Object> document : this.documents) {
				for (String path : paths(document, use)) {
					files.add(new String[] { path, MetsDescription.mimeType(use, document) });
				}
			}
			fileGrp(xml, use, files);
		}
		fileGrp(xml, "description", List.<String[]>of(new String[] { "description.json", "application/json" }));
		xml.writeEndElement();
	}

	void writeStructMap(XMLStreamWriter xml, PackageSource source, List<Map<String, Object>> documents)
			throws XMLStreamException {
		xml.writeStartElement(METS, "structMap");
		xml.writeAttribute("TYPE", "physical");
		xml.writeStartElement(METS, "div");
		xml.writeAttribute("TYPE", "package");
		xml.writeAttribute("LABEL", source.kind() + " " + source.id());
		xml.writeAttribute("DMDID", "dmd-package");
		fptr(xml, "description.json");
		for (int i = 0; i < documents.size(); i++) {
			Map<String, Object> document = documents.get(i);
			xml.writeStartElement(METS, "div");
			xml.writeAttribute("TYPE", "document");
			xml.writeAttribute("ORDER", Integer.toString(i + 1));
			xml.writeAttribute("LABEL", String.valueOf(document.get("title")));
			xml.writeAttribute("DMDID", "dmd-document-" + (i + 1));
			for (String use : List.of("original", "pdfa")) {
				for (String path : paths(document, use)) {
					fptr(xml, path);
				}
			}
			pages(xml, document);
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private void pages(XMLStreamWriter xml, Map<String, Object> document) throws XMLStreamException {
		Map<String, Map<Integer, String>> byRole = new HashMap<>();
		TreeSet<Integer> numbers = new TreeSet<>();
		for (String use : PAGE_ROLES) {
			byRole.put(use, MetsDescription.byPage(paths(document, use)));
			numbers.addAll(byRole.get(use).keySet());
		}
		for (int page : numbers) {
			xml.writeStartElement(METS, "div");
			xml.writeAttribute("TYPE", "page");
			xml.writeAttribute("ORDER", Integer.toString(page));
			for (String use : PAGE_ROLES) {
				String path = byRole.get(use).get(page);
				if (path != null) {
					fptr(xml, path);
				}
			}
			xml.writeEndElement();
		}
	}

	private void fileGrp(XMLStreamWriter xml, String use, List<String[]> files) throws XMLStreamException {
		if (files.stream().noneMatch((file) -> this.checksums.containsKey(file[0]))) {
			// METS wants at least one file in a group.
			return;
		}
		xml.writeStartElement(METS, "fileGrp");
		xml.writeAttribute("USE", use);
		for (String[] file : files) {
			String checksum = this.checksums.get(file[0]);
			if (checksum == null) {
				continue;
			}
			xml.writeStartElement(METS, "file");
			xml.writeAttribute("ID", this.ids.get(file[0]));
			xml.writeAttribute("MIMETYPE", file[1]);
			xml.writeAttribute("CHECKSUM", checksum);
			xml.writeAttribute("CHECKSUMTYPE", "SHA-256");
			xml.writeEmptyElement(METS, "FLocat");
			xml.writeAttribute("LOCTYPE", "URL");
			xml.writeAttribute(MetsDescription.XLINK, "href", file[0]);
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private void fptr(XMLStreamWriter xml, String path) throws XMLStreamException {
		String id = this.ids.get(path);
		if (id != null) {
			xml.writeEmptyElement(METS, "fptr");
			xml.writeAttribute("FILEID", id);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> paths(Map<String, Object> document, String use) {
		Object files = ((Map<String, Object>) document.getOrDefault("files", Map.of())).get(use);
		if (files instanceof String path) {
			return List.of(path);
		}
		return (files instanceof List<?> list) ? (List<String>) list : List.of();
	}

}
