package vn.luutru.ingest.worker;

import java.io.PrintStream;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.ingest.jobs.DocumentReread;

/**
 * {@code luutru reocr <document id>}: reads a document again from the archive's copy of
 * its original, keeping officers' corrections, and indexes it anew. Exit status 0 when
 * read, 1 when it could not be read, 2 when no document has that id.
 */
final class ReocrCommand {

	private final DocumentReread reread;

	private final PrintStream out;

	private final PrintStream err;

	ReocrCommand(DocumentReread reread, PrintStream out, PrintStream err) {
		this.reread = reread;
		this.out = out;
		this.err = err;
	}

	int run(String id) {
		DocumentReread.Outcome outcome;
		try {
			outcome = this.reread.reread(DocumentId.of(id));
		}
		catch (DocumentReread.DocumentNotCatalogued | IllegalArgumentException ex) {
			this.err.println("luutru reocr: " + ex.getMessage());
			return 2;
		}
		catch (Exception ex) {
			this.err.println("luutru reocr: không đọc lại được " + id + ": " + ex.getMessage());
			return 1;
		}
		if (outcome.failure() != null) {
			this.err.println("luutru reocr: không đọc lại được " + id + ": " + outcome.failure());
			return 1;
		}
		this.out.println("Đã đọc lại " + id + ": " + outcome.pages() + " trang, giữ các chỗ đã sửa.");
		return 0;
	}

}
