package vn.luutru.search.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import me.desair.tus.server.TusFileUploadService;
import me.desair.tus.server.exception.TusException;
import me.desair.tus.server.upload.UploadInfo;
import org.slf4j.Logger;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * The tus 1.0 server (creation, expiration, termination): it keeps each upload's bytes
 * under {@code <data-dir>/uploads} while they arrive, so a transfer broken off goes on
 * from the last byte the server has; once whole, the file moves into its batch's folder.
 * Each upload belongs to the user who started it.
 */
class TusUploads {

	static final String PATH = "/api/uploads/files";

	private static final Logger log = LoggerFactory.getLogger(TusUploads.class);

	private final TusFileUploadService tus;

	private final UploadBatches batches;

	TusUploads(Path storage, UploadProperties properties, UploadBatches batches) {
		this.batches = batches;
		this.tus = new TusFileUploadService().withStoragePath(storage.toString())
			.withUploadUri(PATH)
			.withMaxUploadSize(properties.maxFileSize().toBytes())
			.withUploadExpirationPeriod(properties.expireAfter().toMillis());
	}

	/**
	 * Answers one tus request; a creation is checked first (its batch, name, type and
	 * size), and an upload that has just ended is placed in its batch.
	 * @throws UploadRefused when a new upload may not be made
	 */
	void process(HttpServletRequest request, HttpServletResponse response, String user) throws IOException {
		if ("POST".equals(request.getMethod()) && request.getHeader("X-HTTP-Method-Override") == null) {
			Map<String, String> metadata = metadata(request.getHeader("Upload-Metadata"));
			String length = request.getHeader("Upload-Length");
			this.batches.check(metadata.getOrDefault("batch", ""), metadata.getOrDefault("filename", ""),
					(length != null && length.matches("\\d{1,19}")) ? Long.parseLong(length) : 0);
		}
		this.tus.process(request, response, user);
		String uri = request.getRequestURI();
		if (!uri.startsWith(PATH + "/")) {
			return;
		}
		try {
			UploadInfo info = this.tus.getUploadInfo(uri, user);
			if (info != null && !info.isUploadInProgress() && info.hasMetadata()) {
				try (InputStream bytes = this.tus.getUploadedBytes(uri, user)) {
					this.batches.place(info.getMetadata().get("batch"), info.getFileName(), bytes);
				}
				this.tus.deleteUpload(uri, user);
			}
		}
		catch (TusException ex) {
			log.warn("Cannot place the upload {}: {}", uri, ex.getMessage());
		}
	}

	/** Deletes the parts of uploads left unfinished for longer than allowed. */
	void expire() {
		try {
			this.tus.cleanup();
		}
		catch (IOException ex) {
			log.warn("Cannot delete expired uploads: {}", ex.getMessage());
		}
	}

	/** The {@code Upload-Metadata} header: comma-separated keys and Base64 values. */
	static Map<String, String> metadata(@Nullable String header) {
		Map<String, String> metadata = new HashMap<>();
		if (header == null) {
			return metadata;
		}
		for (String pair : header.split(",")) {
			String[] parts = pair.strip().split(" ", 2);
			try {
				metadata.put(parts[0], (parts.length > 1)
						? new String(Base64.getDecoder().decode(parts[1].strip()), StandardCharsets.UTF_8) : "");
			}
			catch (IllegalArgumentException ex) {
				throw new UploadRefused("Thông tin tệp tải lên không đọc được.");
			}
		}
		return metadata;
	}

}
