package vn.luutru.ingest.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

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

	private static final int MAX_VALUE_LENGTH = 500;

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
		Map<String, String> properties = new LinkedHashMap<>();
		// Metadata is best effort: an unreadable or encrypted PDF is reported by the text
		// extraction.
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
			PDDocumentInformation info = document.getDocumentInformation();
			put(properties, "author", info.getAuthor());
			put(properties, "creator", info.getCreator());
			put(properties, "producer", info.getProducer());
			put(properties, "subject", info.getSubject());
			put(properties, "keywords", info.getKeywords());
			if (info.getCreationDate() != null) {
				properties.put("created", info.getCreationDate().toInstant().toString());
			}
			properties.put("pdfVersion", Float.toString(document.getVersion()));
			properties.put("pages", Integer.toString(document.getNumberOfPages()));
			properties.put("encrypted", Boolean.toString(document.isEncrypted()));
			return new FileMetadata("application/pdf", clean(info.getTitle()), properties);
		}
		catch (IOException ex) {
			return new FileMetadata("application/pdf", null, properties);
		}
	}

	private FileMetadata other(Path file, String type) throws IOException {
		Metadata metadata = new Metadata();
		Map<String, String> properties = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(file)) {
			parser().parse(in, new DefaultHandler(), metadata, new ParseContext());
		}
		catch (TikaException | SAXException ex) {
			// Damaged metadata does not make the pixels unreadable; extraction decides
			// about the file.
			properties.put("metadataError", String.valueOf(ex.getMessage()));
		}
		for (String name : metadata.names()) {
			put(properties, name, metadata.get(name));
		}
		return new FileMetadata(type, clean(metadata.get(TikaCoreProperties.TITLE)), properties);
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

	private static void put(Map<String, String> properties, String name, @Nullable String value) {
		String cleaned = clean(value);
		if (cleaned != null) {
			properties.put(name,
					(cleaned.length() > MAX_VALUE_LENGTH) ? cleaned.substring(0, MAX_VALUE_LENGTH) : cleaned);
		}
	}

	private static @Nullable String clean(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
	}

}
