package vn.luutru.ingest.searchable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The PDF/A flavour a PDF declares in its XMP metadata ({@code pdfaid:part} and
 * {@code pdfaid:conformance}, as attributes or elements), e.g. {@code 2u}.
 */
final class PdfaDeclaration {

	private static final Pattern PART = Pattern.compile("pdfaid:part\\s*(?:=\\s*[\"']|>)\\s*(\\d)");

	private static final Pattern CONFORMANCE = Pattern.compile("pdfaid:conformance\\s*(?:=\\s*[\"']|>)\\s*([ABUabu])");

	private PdfaDeclaration() {
	}

	/** The declared flavour, or null when the file declares none. */
	static @Nullable String of(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()))) {
			PDMetadata metadata = document.getDocumentCatalog().getMetadata();
			if (metadata == null) {
				return null;
			}
			String xmp;
			try (InputStream in = metadata.exportXMPMetadata()) {
				xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			Matcher part = PART.matcher(xmp);
			if (!part.find()) {
				return null;
			}
			Matcher conformance = CONFORMANCE.matcher(xmp);
			return part.group(1) + (conformance.find() ? conformance.group(1).toLowerCase(Locale.ROOT) : "");
		}
	}

}
