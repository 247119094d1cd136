package vn.luutru.ingest.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Calendar;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Detects a file's media type with Tika and reads its metadata: PDF document information
 * with PDFBox (Tika's PDF parser would extract every page's text just to get there),
 * image metadata with Tika's image parsers. Thread-safe.
 */
public class MetadataReader {

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	// Tika's configuration (every detector and parser it has) takes about a third of a
	// second to load; a batch of PDFs, told by their first bytes, never needs it.
	private @Nullable Tika tika;

	private @Nullable AutoDetectParser parser;

	/**
	 * Reads a file's metadata.
	 * @throws IOException when the file cannot be read at all
	 */
	public FileMetadata read(Path file) throws IOException {
		String type = startsAsPdf(file) ? "application/pdf" : tika().detect(file);
		return switch (type) {
			case "application/pdf" -> pdf(file);
			default -> other(file, type);
		};
	}

	private FileMetadata pdf(Path file) throws IOException {
		// Metadata is best effort: an unreadable or encrypted PDF is reported by the text
		// extraction.
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
			PDDocumentInformation info = document.getDocumentInformation();
			TechnicalMetadata technical = new TechnicalMetadata("application/pdf", null, null, null, null, null, null,
					clean(info.getCreator()), clean(info.getAuthor()), date(info.getCreationDate()),
					date(info.getModificationDate()), document.getNumberOfPages(),
					Float.toString(document.getVersion()), clean(info.getProducer()), document.isEncrypted(), null);
			return new FileMetadata(clean(info.getTitle()), technical);
		}
		catch (IOException ex) {
			return new FileMetadata(null, TechnicalMetadata.of("application/pdf"));
		}
	}

	// Only the named fields are kept: a parser also reports its own temporary file's name
	// and, for a TIFF, every strip's offset (hundreds on a map sheet).
	private FileMetadata other(Path file, String type) throws IOException {
		Metadata metadata = new Metadata();
		String error = null;
		try (InputStream in = Files.newInputStream(file)) {
			parser().parse(in, new DefaultHandler(), metadata, new ParseContext());
		}
		catch (TikaException | SAXException ex) {
			// Damaged metadata does not make the pixels unreadable; extraction decides
			// about the file.
			error = String.valueOf(ex.getMessage());
		}
		return new FileMetadata(clean(metadata.get(TikaCoreProperties.TITLE)), ImageFields.of(type, metadata, error));
	}

	private static @Nullable String date(@Nullable Calendar date) {
		return (date != null) ? date.toInstant().toString() : null;
	}

	/** Whether the file begins with a PDF header, as Tika itself tells PDFs. */
	private static boolean startsAsPdf(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return Arrays.equals(in.readNBytes(PDF_MAGIC.length), PDF_MAGIC);
		}
	}

	private synchronized Tika tika() {
		if (this.tika == null) {
			this.tika = new Tika();
		}
		return this.tika;
	}

	private synchronized AutoDetectParser parser() {
		if (this.parser == null) {
			this.parser = new AutoDetectParser();
		}
		return this.parser;
	}

	private static @Nullable String clean(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
	}

}
