package vn.luutru.ingest.jobs;

import java.nio.file.Path;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import vn.luutru.archive.catalog.IngestFailure;
import vn.luutru.archive.catalog.IngestFailures;
import vn.luutru.archive.catalog.SetAsideKind;
import vn.luutru.ingest.extraction.Extraction;
import vn.luutru.ingest.intake.ScannedFile;

/**
 * Records a file whose processing threw (rather than returning a failed outcome) as set
 * aside, so scanning staff see it beside the expected failures. The reason they see is in
 * Vietnamese, with the first line of the exception's message at most; the exception
 * itself, stack trace and all, goes to the worker's log.
 */
class SetAsideListener implements SkipListener<ScannedFile, Extraction>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(SetAsideListener.class);

	private static final int MAX_DETAIL = 300;

	private final IngestFailures failures;

	private long jobExecutionId;

	SetAsideListener(IngestFailures failures) {
		this.failures = failures;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.jobExecutionId = stepExecution.getJobExecutionId();
	}

	@Override
	public void onSkipInRead(Throwable failure) {
		log.warn("A file could not be read from the folder", failure);
		this.failures.add(IngestFailure.ofFile(this.jobExecutionId, Path.of("?"), null, kind(failure), reason(failure),
				Instant.now()));
	}

	@Override
	public void onSkipInProcess(ScannedFile file, Throwable failure) {
		log.warn("Setting aside {}", file.path(), failure);
		this.failures.add(IngestFailure.ofFile(this.jobExecutionId, file.path(), null, kind(failure), reason(failure),
				Instant.now()));
	}

	@Override
	public void onSkipInWrite(Extraction item, Throwable failure) {
		log.warn("Setting aside {}", item.file().path(), failure);
		this.failures.add(IngestFailure.ofFile(this.jobExecutionId, item.file().path(), item.file().sha256(),
				kind(failure), reason(failure), Instant.now()));
	}

	/**
	 * An unexpected failure is of no known kind, unless the JVM ran out of memory or
	 * stack.
	 */
	static SetAsideKind kind(Throwable failure) {
		return switch (failure) {
			case OutOfMemoryError ex -> SetAsideKind.OUT_OF_MEMORY;
			case StackOverflowError ex -> SetAsideKind.NESTING_TOO_DEEP;
			default -> SetAsideKind.OTHER;
		};
	}

	static String reason(Throwable failure) {
		String message = failure.getMessage();
		String detail = (message == null || message.isBlank()) ? ""
				: ": " + message.strip().lines().findFirst().orElse("");
		if (detail.length() > MAX_DETAIL) {
			detail = detail.substring(0, MAX_DETAIL) + "…";
		}
		return "lỗi khi xử lý tệp, đã để riêng (chi tiết trong nhật ký của worker)" + detail;
	}

}
