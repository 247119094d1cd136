package vn.luutru.ingest.extraction;

/**
 * A page of a kept file that could not be read, or given what the archive makes of it
 * (its deep-zoom tiles), with the reason scanning staff see.
 *
 * @param page the 1-based page
 * @param reason what went wrong, in words
 */
public record PageFailure(int page, String reason) {
}
