package vn.luutru.ingest.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Finds the directory of Tesseract's {@code .traineddata} language models.
 */
final class Tessdata {

	// Debian 12 (Tesseract 5), Debian 11 and Ubuntu 20.04 (Tesseract 4), then source
	// builds.
	private static final List<Path> WELL_KNOWN = List.of(Path.of("/usr/share/tesseract-ocr/5/tessdata"),
			Path.of("/usr/share/tesseract-ocr/4.00/tessdata"), Path.of("/usr/share/tessdata"),
			Path.of("/usr/local/share/tessdata"));

	private Tessdata() {
	}

	/**
	 * The configured directory, else the first well-known one holding every language's
	 * model.
	 * @throws TesseractUnavailable if no directory holds them all
	 */
	static Path locate(@Nullable Path configured, String languages) {
		List<String> wanted = Arrays.stream(languages.split("\\+"))
			.map(String::strip)
			.filter((l) -> !l.isEmpty())
			.toList();
		if (wanted.isEmpty()) {
			throw new IllegalArgumentException("No OCR language given (luutru.ocr.languages)");
		}
		List<Path> candidates = candidates(configured);
		for (Path candidate : candidates) {
			if (wanted.stream().allMatch((language) -> Files.isReadable(model(candidate, language)))) {
				return candidate;
			}
		}
		throw new TesseractUnavailable("No Tesseract language models " + wanted + " ("
				+ String.join(", ", wanted.stream().map((language) -> language + ".traineddata").toList()) + ") in "
				+ candidates);
	}

	private static List<Path> candidates(@Nullable Path configured) {
		if (configured != null) {
			// A configured path is a decision: falling back elsewhere would hide a typo.
			return List.of(configured);
		}
		List<Path> candidates = new ArrayList<>();
		String prefix = System.getenv("TESSDATA_PREFIX");
		if (prefix != null && !prefix.isBlank()) {
			// Tesseract 4+ reads the models from TESSDATA_PREFIX itself, 3.x from its
			// tessdata child.
			candidates.add(Path.of(prefix));
			candidates.add(Path.of(prefix, "tessdata"));
		}
		candidates.addAll(WELL_KNOWN);
		return candidates;
	}

	private static Path model(Path directory, String language) {
		return directory.resolve(language + ".traineddata");
	}

}
