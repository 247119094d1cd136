package vn.luutru.ingest.structure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.ingest.extraction.ExtractedProcessor;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.extraction.PageText;

/**
 * Keeps the structure of a document beside its derivatives
 * ({@link Derivatives#structure(DocumentId)}): the PDF's outline when it has one, else
 * the headings of its (corrected) text, else nothing, and a structure an earlier reading
 * left is removed. The file is replaced whole. A structure that cannot be read or written
 * only costs the table of contents: the document goes on.
 *
 * @param derivatives where the structure goes
 */
public record StructureProcessor(Derivatives derivatives) implements ExtractedProcessor {

	private static final Logger log = LoggerFactory.getLogger(StructureProcessor.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	public Extraction processExtracted(Extraction.Extracted extracted) {
		Path target = this.derivatives.structure(DocumentId.fromSha256(extracted.sha256()));
		try {
			String source = "outline";
			List<Section> sections = extracted.metadata().isPdf() ? outline(extracted) : List.of();
			if (sections.isEmpty()) {
				source = "headings";
				sections = Headings.of(extracted.pages().stream().map(PageText::text).toList());
			}
			if (sections.isEmpty()) {
				Files.deleteIfExists(target);
			}
			else {
				write(target, source, sections);
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Keeping {} without its table of contents: {}", extracted.file().path().getFileName(),
					ex.toString());
		}
		return extracted;
	}

	private static List<Section> outline(Extraction.Extracted extracted) {
		try {
			return Outlines.of(extracted.file().path());
		}
		catch (IOException | RuntimeException ex) {
			// A damaged outline is no reason to lose the headings.
			return List.of();
		}
	}

	private static void write(Path target, String source, List<Section> sections) throws IOException {
		ObjectNode json = JSON.createObjectNode().put("source", source);
		add(json.putArray("sections"), sections);
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		JSON.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), json);
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void add(ArrayNode array, List<Section> sections) {
		for (Section section : sections) {
			ObjectNode node = array.addObject().put("label", section.label()).put("page", section.page());
			if (!section.sections().isEmpty()) {
				add(node.putArray("sections"), section.sections());
			}
		}
	}

}
