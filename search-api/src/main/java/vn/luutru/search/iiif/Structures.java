package vn.luutru.search.iiif;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.search.iiif.Presentation.CanvasReference;
import vn.luutru.search.iiif.Presentation.Range;

import static vn.luutru.search.iiif.Presentation.vi;

/**
 * A manifest's {@code structures}: the sections the worker kept for the document
 * ({@link Derivatives#structure(DocumentId)}, from its PDF outline or its report
 * headings) as IIIF ranges. A section covers the canvases from its page up to the next
 * section at its level or above; its own canvases come before the sections within it. A
 * document with no stored structure, or an unreadable one, has none.
 */
@Component
class Structures {

	private static final Logger log = LoggerFactory.getLogger(Structures.class);

	private final Derivatives derivatives;

	private final JsonMapper json;

	Structures(Derivatives derivatives, JsonMapper json) {
		this.derivatives = derivatives;
		this.json = json;
	}

	/** The ranges of the document, empty when it has no structure. */
	List<Range> ranges(DocumentId id, int pageCount, String documentUrl) {
		Path file = this.derivatives.structure(id);
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		try {
			JsonNode sections = this.json.readTree(file.toFile()).path("sections");
			return ranges(sections, pageCount + 1, pageCount, documentUrl, "");
		}
		catch (RuntimeException ex) {
			log.warn("The structure of {} is unreadable, left out of its manifest: {}", id.value(), ex.toString());
			return List.of();
		}
	}

	/**
	 * @param end the page after the last one these sections may cover
	 */
	private List<Range> ranges(JsonNode sections, int end, int pageCount, String documentUrl, String prefix) {
		List<Range> ranges = new ArrayList<>();
		List<JsonNode> valid = new ArrayList<>();
		for (JsonNode section : sections) {
			int page = section.path("page").asInt(0);
			if (page >= 1 && page <= pageCount && !section.path("label").asText("").isBlank()) {
				valid.add(section);
			}
		}
		for (int i = 0; i < valid.size(); i++) {
			JsonNode section = valid.get(i);
			int start = section.path("page").asInt();
			int until = Math.max(start + 1, (i + 1 < valid.size()) ? valid.get(i + 1).path("page").asInt() : end);
			until = Math.min(until, Math.max(end, start + 1));
			String id = prefix + (i + 1);
			List<Range> within = ranges(section.path("sections"), until, pageCount, documentUrl, id + "-");
			int ownUntil = within.isEmpty() ? until
					: Math.min(until, firstPage(section.path("sections"), pageCount, until));
			List<Object> items = new ArrayList<>();
			for (int page = start; page < ownUntil; page++) {
				items.add(new CanvasReference(documentUrl + "/canvas/" + page));
			}
			items.addAll(within);
			ranges.add(new Range(documentUrl + "/range/" + id, vi(section.path("label").asText()), items));
		}
		return ranges;
	}

	private static int firstPage(JsonNode sections, int pageCount, int otherwise) {
		for (JsonNode section : sections) {
			int page = section.path("page").asInt(0);
			if (page >= 1 && page <= pageCount) {
				return page;
			}
		}
		return otherwise;
	}

}
