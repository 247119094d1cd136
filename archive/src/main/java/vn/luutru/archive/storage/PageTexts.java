package vn.luutru.archive.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.luutru.archive.catalog.DocumentId;

/**
 * Every page's text, whether read from a text layer or by OCR, kept beside its hOCR as
 * {@code ocr/page-0001.txt}, and the document's {@link PageRecords} as
 * {@code ocr/pages.json}: the index can then be rebuilt from the catalogue and these
 * files, without OCR. Each file is written durably and recorded with its checksum for the
 * fixity check; the records are written last, so that a document having them has all its
 * pages' texts.
 */
public final class PageTexts {

	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private final Path root;

	private final StoredFiles storedFiles;

	public PageTexts(Path root, StoredFiles storedFiles) {
		this.root = root;
		this.storedFiles = storedFiles;
	}

	/** Where a page's text is kept, whether or not it exists. */
	public Path text(DocumentId id, int page) {
		return this.root.resolve(id.value()).resolve("ocr").resolve("page-%04d.txt".formatted(page));
	}

	/** Where a document's page records are kept, whether or not they exist. */
	public Path records(DocumentId id) {
		return this.root.resolve(id.value()).resolve("ocr").resolve("pages.json");
	}

	/**
	 * Keeps a document's pages' texts, then its records, replacing any kept before.
	 * @param texts the pages' texts, in the order of {@code records.pages()}
	 */
	public void keep(DocumentId id, PageRecords records, List<String> texts) throws IOException {
		for (int i = 0; i < records.pages().size(); i++) {
			write(id, text(id, records.pages().get(i).number()), texts.get(i).getBytes(StandardCharsets.UTF_8));
		}
		write(id, records(id), JSON.writeValueAsBytes(records));
	}

	/**
	 * Replaces one page's kept text (a corrected page), leaving its records as they are.
	 */
	public void keepText(DocumentId id, int page, String text) throws IOException {
		write(id, text(id, page), text.getBytes(StandardCharsets.UTF_8));
	}

	/** A document's records, when they were kept (not for documents ingested before). */
	public Optional<PageRecords> read(DocumentId id) throws IOException {
		Path file = records(id);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		return Optional.of(JSON.readValue(file.toFile(), PageRecords.class));
	}

	/** A page's kept text. */
	public String readText(DocumentId id, int page) throws IOException {
		return Files.readString(text(id, page), StandardCharsets.UTF_8);
	}

	private void write(DocumentId id, Path target, byte[] content) throws IOException {
		Path partial = Durable.partialFor(target);
		try {
			Files.write(partial, content);
			Durable.publish(partial, target);
		}
		finally {
			Files.deleteIfExists(partial);
		}
		this.storedFiles.record(id, target);
	}

}
