package vn.luutru.ingest.metadata;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a file says about itself.
 *
 * @param contentType media type detected from the bytes (and the name as a hint)
 * @param title the title the file declares, if any
 * @param properties its {@link TechnicalMetadata} by name (format, size, resolution,
 * software, dates, …), as kept with the document
 */
public record FileMetadata(String contentType, @Nullable String title, Map<String, String> properties) {

	public FileMetadata {
		properties = Map.copyOf(properties);
	}

	/** A file's metadata from its named technical fields. */
	public FileMetadata(@Nullable String title, TechnicalMetadata technical) {
		this(technical.format(), title, technical.properties());
	}

	/** This metadata with more properties, replacing those of the same names. */
	public FileMetadata with(Map<String, String> more) {
		Map<String, String> all = new java.util.HashMap<>(this.properties);
		all.putAll(more);
		return new FileMetadata(this.contentType, this.title, all);
	}

	/** Whether the file is a PDF. */
	public boolean isPdf() {
		return "application/pdf".equals(this.contentType);
	}

	/** Whether the file is a raster image we can read page by page. */
	public boolean isImage() {
		return switch (this.contentType) {
			case "image/tiff", "image/png", "image/jpeg" -> true;
			default -> false;
		};
	}

}
