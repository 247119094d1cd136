package vn.luutru.search.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Uploads from the browser.
 *
 * @param root where each batch gets its folder; it must lie under the ingest roots, so a
 * batch is held to the same checks as any folder (default: {@code uploads} in the first
 * ingest root)
 * @param maxFileSize the largest file one may upload (default 4 GB)
 * @param allowedTypes the file name extensions accepted, as scanners write them (default
 * pdf, tif, tiff, jpg, jpeg, png, jp2)
 * @param expireAfter how long an unfinished upload is kept after its last bytes before
 * its part is deleted (default 24 h: a transfer resumed the next working day still finds
 * it)
 */
@ConfigurationProperties("luutru.upload")
record UploadProperties(@Nullable Path root, @DefaultValue("4GB") DataSize maxFileSize, @DefaultValue( {
		"pdf", "tif", "tiff", "jpg", "jpeg", "png", "jp2" }) List<String> allowedTypes,
		@DefaultValue("24h") Duration expireAfter){
}
