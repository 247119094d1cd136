package vn.luutru.search.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.luutru.archive.hocr.AltoPage;

/**
 * Packs one document's files into a bag: the original, the PDF/A, and per page its text,
 * hOCR and ALTO (converted from the hOCR as stored, corrections included, by the same
 * converter as the API's).
 */
final class DocumentFiles {

	private static final Pattern PAGE_NUMBER = Pattern.compile("(\\d+)");

	private DocumentFiles() {
	}

	/** Packs the files; returns them by role, as paths inside {@code data/}. */
	static Map<String, Object> pack(BagZip bag, DescribedDocument document) throws IOException {
		String folder = "documents/" + document.id() + "/";
		Map<String, Object> files = new LinkedHashMap<>();
		if (Files.isRegularFile(document.original())) {
			String original = folder + "original/" + ArchivalPackages.safe(document.fileName());
			bag.add(original, document.original());
			files.put("original", original);
		}
		if (document.pdfa() != null && Files.isRegularFile(document.pdfa())) {
			bag.add(folder + "pdfa.pdf", document.pdfa());
			files.put("pdfa", folder + "pdfa.pdf");
		}
		files.put("text", packAll(bag, folder + "text/", document.pageTexts()));
		files.put("hocr", packAll(bag, folder + "hocr/", document.hocr()));
		files.put("alto", packAlto(bag, folder + "alto/", document));
		return files;
	}

	private static List<String> packAll(BagZip bag, String folder, List<Path> files) throws IOException {
		List<String> packed = new ArrayList<>();
		for (Path file : files) {
			if (Files.isRegularFile(file)) {
				String relative = folder + file.getFileName();
				bag.add(relative, file);
				packed.add(relative);
			}
		}
		return packed;
	}

	private static List<String> packAlto(BagZip bag, String folder, DescribedDocument document) throws IOException {
		List<String> packed = new ArrayList<>();
		for (int i = 0; i < document.hocr().size(); i++) {
			Path hocr = document.hocr().get(i);
			if (Files.isRegularFile(hocr)) {
				String name = hocr.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".xml";
				String alto = AltoPage.of(Files.readString(hocr, StandardCharsets.UTF_8), document.fileName(),
						pageNumber(hocr, i + 1));
				bag.add(folder + name, alto.getBytes(StandardCharsets.UTF_8));
				packed.add(folder + name);
			}
		}
		return packed;
	}

	/** The page number a page file's name holds ({@code page-0003.hocr}). */
	static int pageNumber(Path file, int otherwise) {
		Matcher matcher = PAGE_NUMBER.matcher(file.getFileName().toString());
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : otherwise;
	}

}
