package vn.luutru.search.intake;

import java.util.List;

/**
 * A batch of uploaded scans.
 *
 * @param id the batch's id, which the tus uploads name in their {@code batch} metadata
 * @param folder the server folder its files land in, which its job ingests
 * @param files the names of the files uploaded completely so far
 */
record UploadBatch(String id, String folder, List<String> files) {
}
