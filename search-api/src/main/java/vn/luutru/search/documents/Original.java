package vn.luutru.search.documents;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;

/**
 * The archive's copy of an original file, with what a download needs to describe it.
 *
 * @param file the stored copy
 * @param contentType its media type
 * @param fileName its name when ingested
 * @param sha256 SHA-256 of its bytes
 */
record Original(Resource file, MediaType contentType, String fileName, String sha256) {
}
