package vn.luutru.ingest.metadata;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an archivist needs to know about a file as a file (Circular 02/2019/TT-BNV's
 * digitisation facts): its format, size in pixels, resolution, compression, colour, the
 * software that made it and when. Parsers report far more (TIFF strip offsets, the name
 * of their own temporary copy); only these named fields are kept. Every field but the
 * format is null when the file does not say.
 *
 * @param format the media type
 * @param width width in pixels of an image (its first page)
 * @param height height in pixels
 * @param resolution horizontal × vertical resolution with its unit, e.g.
 * {@code 300x300 dpi}
 * @param compression the compression scheme, e.g. {@code LZW}, {@code deflate}
 * @param colour the colour model, e.g. {@code RGB}, {@code BlackIsZero}
 * @param bitsPerSample bits per sample, e.g. {@code 8 8 8}
 * @param software the software that made the file (a PDF's creator, a TIFF's software)
 * @param author who the file names as its author
 * @param created when the file was made, as the file says
 * @param modified when it was last changed, as the file says
 * @param pages pages in a PDF
 * @param pdfVersion a PDF's version, e.g. {@code 1.7}
 * @param producer the library that wrote a PDF
 * @param encrypted whether a PDF is encrypted
 * @param error why the file's metadata could not be read, when it could not
 */
public record TechnicalMetadata(String format, @Nullable Integer width, @Nullable Integer height,
		@Nullable String resolution, @Nullable String compression, @Nullable String colour,
		@Nullable String bitsPerSample, @Nullable String software, @Nullable String author, @Nullable String created,
		@Nullable String modified, @Nullable Integer pages, @Nullable String pdfVersion, @Nullable String producer,
		@Nullable Boolean encrypted, @Nullable String error) {

	/** Nothing known but the format. */
	public static TechnicalMetadata of(String format) {
		return new TechnicalMetadata(format, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null);
	}

	/**
	 * The fields that are known, by name, in the order above: the form kept with the
	 * document and shown on its page.
	 */
	public Map<String, String> properties() {
		Map<String, String> named = new LinkedHashMap<>();
		put(named, "format", this.format);
		put(named, "width", this.width);
		put(named, "height", this.height);
		put(named, "resolution", this.resolution);
		put(named, "compression", this.compression);
		put(named, "colour", this.colour);
		put(named, "bitsPerSample", this.bitsPerSample);
		put(named, "software", this.software);
		put(named, "author", this.author);
		put(named, "created", this.created);
		put(named, "modified", this.modified);
		put(named, "pages", this.pages);
		put(named, "pdfVersion", this.pdfVersion);
		put(named, "producer", this.producer);
		put(named, "encrypted", this.encrypted);
		put(named, "metadataError", this.error);
		return named;
	}

	private static void put(Map<String, String> named, String name, @Nullable Object value) {
		if (value != null) {
			named.put(name, value.toString());
		}
	}

}
