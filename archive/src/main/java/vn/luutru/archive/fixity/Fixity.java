package vn.luutru.archive.fixity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.fixity.FixityReport.Kind;
import vn.luutru.archive.fixity.FixityReport.Problem;
import vn.luutru.archive.storage.Fingerprints;
import vn.luutru.archive.storage.StoredFiles;
import vn.luutru.archive.storage.StoredFiles.StoredFile;

/**
 * Reads every original and every recorded derivative again and compares its SHA-256 with
 * the one it was stored with (archival fixity): a file missing, changed or unreadable is
 * recorded with the check, written to the audit log and reported.
 *
 * <p>
 * Reads the whole archive: run it on a schedule outside working hours, not per request.
 */
public class Fixity {

	private static final Logger log = LoggerFactory.getLogger(Fixity.class);

	private static final int PAGE = 500;

	private final Documents documents;

	private final StoredFiles storedFiles;

	private final FixityChecks checks;

	private final Clock clock;

	public Fixity(Documents documents, StoredFiles storedFiles, JdbcClient jdbc, Clock clock) {
		this.documents = documents;
		this.storedFiles = storedFiles;
		this.checks = new FixityChecks(jdbc);
		this.clock = clock;
	}

	/**
	 * Checks every original and recorded derivative.
	 * @param startedBy who or what asked ({@code schedule}, a user name)
	 */
	public FixityReport check(String startedBy) {
		Run run = new Run(this.checks.begin(startedBy, this.clock.instant()));
		String after = "";
		for (List<CatalogedDocument> page = this.documents.after(after, PAGE); !page.isEmpty(); page = this.documents
			.after(after, PAGE)) {
			page.forEach((document) -> run.verify(document.id().value(), document.storedPath(), document.sha256()));
			after = page.getLast().id().value();
		}
		after = "";
		for (List<StoredFile> page = this.storedFiles.after(after, PAGE); !page.isEmpty(); page = this.storedFiles
			.after(after, PAGE)) {
			page.forEach((file) -> run.verify(file.documentId().value(), file.path(), file.sha256()));
			after = page.getLast().path().toString();
		}
		this.checks.finish(run.id, run.files, run.bytes, run.problems.size(), this.clock.instant());
		log.info("Fixity check {}: {} files, {} bytes, {} problems", run.id, run.files, run.bytes, run.problems.size());
		return this.checks.find(run.id).orElseThrow();
	}

	/** The most recent check, if any ran. */
	public Optional<FixityReport> latest() {
		return this.checks.latest();
	}

	private final class Run {

		private final long id;

		private final List<Problem> problems = new ArrayList<>();

		private long files;

		private long bytes;

		Run(long id) {
			this.id = id;
		}

		void verify(String documentId, Path path, String expected) {
			this.files++;
			Problem problem = problem(documentId, path, expected);
			if (problem != null) {
				this.problems.add(problem);
				log.warn("Fixity: {} {} ({})", path, problem.kind().code(), documentId);
				Fixity.this.checks.problem(this.id, problem);
			}
		}

		private @Nullable Problem problem(String documentId, Path path, String expected) {
			if (!Files.exists(path)) {
				return new Problem(documentId, path.toString(), Kind.MISSING, expected, null);
			}
			try {
				String actual = Fingerprints.sha256(path);
				this.bytes += Files.size(path);
				return actual.equals(expected) ? null
						: new Problem(documentId, path.toString(), Kind.CHANGED, expected, actual);
			}
			catch (NoSuchFileException ex) {
				return new Problem(documentId, path.toString(), Kind.MISSING, expected, null);
			}
			catch (IOException ex) {
				return new Problem(documentId, path.toString(), Kind.UNREADABLE, expected, null);
			}
		}

	}

}
