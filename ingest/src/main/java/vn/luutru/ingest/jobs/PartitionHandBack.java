package vn.luutru.ingest.jobs;

import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Lets a worker that is told to stop hand the partition it runs back: the step stops
 * after the file it is on is committed, and is recorded as still running rather than
 * stopped, so that the splitting step does not count it as ended before another worker
 * has gone on with it.
 */
final class PartitionHandBack implements StepExecutionListener {

	private final AtomicReference<@Nullable StepExecution> current = new AtomicReference<>();

	private volatile boolean requested;

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.current.set(stepExecution);
		if (this.requested) {
			stepExecution.setTerminateOnly();
		}
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
		this.current.compareAndSet(stepExecution, null);
		// A job being stopped stops its partitions too: those are not handed back.
		if (this.requested && stepExecution.getStatus() == BatchStatus.STOPPED
				&& stepExecution.getJobExecution().getStatus() != BatchStatus.STOPPING) {
			// Written as the step's last status: STOPPED would end the job's wait.
			stepExecution.setStatus(BatchStatus.STARTED);
		}
		return null;
	}

	/** Asks the partition under way, if any, to stop after its current file. */
	void request() {
		this.requested = true;
		StepExecution step = this.current.get();
		if (step != null) {
			step.setTerminateOnly();
		}
	}

	/** Whether a partition that ended still running was stopped to be handed back. */
	boolean handedBack(StepExecution ran) {
		return this.requested && ran.getStatus() == BatchStatus.STARTED;
	}

}
