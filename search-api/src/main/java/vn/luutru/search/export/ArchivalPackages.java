package vn.luutru.search.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.search.audit.AuditedAction;
import vn.luutru.search.users.Access;
import vn.luutru.search.users.Permission;

/**
 * Makes archival packages: checks the package's size and who may have it, audits the
 * download, then streams the bag. Every document is described before the first byte is
 * sent, so a refusal is a proper problem response, never a cut-off zip.
 */
@Service
public class ArchivalPackages {

	private final DocumentDescriptions descriptions;

	private final ExportProperties properties;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	ArchivalPackages(DocumentDescriptions descriptions, ExportProperties properties, ApplicationEventPublisher events,
			JsonMapper json) {
		this.descriptions = descriptions;
		this.properties = properties;
		this.events = events;
		this.json = json;
	}

	/**
	 * The most documents one package holds; a search's package takes its first this many.
	 */
	public int maxDocuments() {
		return this.properties.maxDocuments();
	}

	/**
	 * The package as a zip download.
	 * @throws ExportTooLarge when it holds more documents than allowed
	 * @throws ExportWithheld when it holds personal data the user may not see
	 */
	public ResponseEntity<StreamingResponseBody> download(PackageSource source) {
		if (source.documents().size() > maxDocuments()) {
			throw new ExportTooLarge(source.kind(), source.id(), source.documents().size(), maxDocuments());
		}
		List<DescribedDocument> documents = new ArrayList<>();
		for (DocumentId id : source.documents()) {
			this.descriptions.describe(id).ifPresent(documents::add);
		}
		long personal = documents.stream().filter(DescribedDocument::personalData).count();
		if (personal > 0 && !Access.granted(Permission.PERSONAL_DATA)) {
			throw new ExportWithheld(source.kind(), source.id(), personal);
		}
		this.events.publishEvent(new AuditedAction("export.download", source.kind(), source.id(), null,
				Map.of("documents", documents.stream().map(DescribedDocument::id).toList())));
		String name = "luutru-" + source.kind() + "-" + safe(source.id()) + "-" + LocalDate.now();
		StreamingResponseBody body = (out) -> write(out, name, source, documents);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + ".zip", StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}

	private void write(OutputStream out, String name, PackageSource source, List<DescribedDocument> documents)
			throws IOException {
		try (BagZip bag = new BagZip(out, name)) {
			List<Map<String, Object>> described = new ArrayList<>();
			for (DescribedDocument document : documents) {
				described.add(PackageDescription.document(document, DocumentFiles.pack(bag, document)));
			}
			bag.add("description.json", this.json.writerWithDefaultPrettyPrinter()
				.writeValueAsBytes(PackageDescription.of(source, described)));
			// Last, so that it names every other payload file with its checksum.
			bag.add("mets.xml", MetsDescription.of(source, described, bag.checksums()));
			bag.finish(Map.of("Source-Organization", "Lưu trữ", "Bagging-Date", LocalDate.now().toString(),
					"External-Identifier", source.kind() + ":" + source.id(), "External-Description",
					source.kind() + " " + source.id() + ", " + documents.size() + " tài liệu"));
		}
	}

	// A name safe in a zip, a manifest line and a download: no separators, controls or %.
	static String safe(String name) {
		String cleaned = name.replaceAll("[\\\\/:%*?\"<>|\\p{Cntrl}]", "_").strip();
		return cleaned.isEmpty() ? "_" : (cleaned.length() > 120 ? cleaned.substring(0, 120) : cleaned);
	}

}
