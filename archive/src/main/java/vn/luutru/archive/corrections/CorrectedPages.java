package vn.luutru.archive.corrections;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.hocr.HocrLine;
import vn.luutru.archive.hocr.HocrLines;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.archive.storage.PageTexts;
import vn.luutru.archive.storage.StoredFiles;

/**
 * Applies corrections to a page's stored hOCR and text, each file replaced durably and
 * recorded with its new checksum for the fixity check: what the hit boxes, snippets and a
 * reindex read from then on.
 */
public final class CorrectedPages {

	private static final Pattern ROTATION = Pattern.compile("name=\"luutru-rotation\" content=\"(-?\\d+)\"");

	private final Derivatives derivatives;

	private final PageTexts pageTexts;

	private final StoredFiles storedFiles;

	public CorrectedPages(Derivatives derivatives, PageTexts pageTexts, StoredFiles storedFiles) {
		this.derivatives = derivatives;
		this.pageTexts = pageTexts;
		this.storedFiles = storedFiles;
	}

	/** Where the page's hOCR is kept, whether or not it exists. */
	public Path hocrFile(DocumentId id, int page) {
		return this.derivatives.hocr(id, page);
	}

	/**
	 * The page's OCR lines as stored.
	 * @return empty when the page has no hOCR (a text-layer page, a page not read)
	 */
	public Optional<List<HocrLine>> lines(DocumentId id, int page) throws IOException {
		Path file = this.derivatives.hocr(id, page);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		return Optional.of(HocrLines.of(Files.readString(file, StandardCharsets.UTF_8)));
	}

	/**
	 * Rewrites the page's hOCR and text with the corrections applied.
	 * @return the page's new text; empty when it has no hOCR or no correction names one
	 * of its lines
	 */
	public Optional<String> apply(DocumentId id, int page, List<LineCorrection> corrections) throws IOException {
		Path file = this.derivatives.hocr(id, page);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		String hocr = Files.readString(file, StandardCharsets.UTF_8);
		Optional<CorrectedHocr> corrected = CorrectedHocr.of(hocr, corrections);
		if (corrected.isEmpty()) {
			return Optional.empty();
		}
		Matcher rotation = ROTATION.matcher(hocr);
		this.derivatives.keepHocr(id, page, corrected.get().pageElement(),
				rotation.find() ? Integer.parseInt(rotation.group(1)) : 0, Derivatives.ocrSystem(hocr));
		this.storedFiles.record(id, file);
		this.pageTexts.keepText(id, page, corrected.get().text());
		return Optional.of(corrected.get().text());
	}

}
