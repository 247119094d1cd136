package vn.luutru.ingest.jobs;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.messaging.Message;
import org.springframework.messaging.PollableChannel;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs partitions of any worker's jobs as they come through the partition channel, one at
 * a time, until stopped; and, every heartbeat, reports that its partition is alive and
 * sends again the partitions of workers that stopped reporting, for whichever worker is
 * free to go on with them from their last committed file. Does nothing unless
 * {@code luutru.partitioning.enabled}.
 *
 * <p>
 * A partition is taken off the channel and recorded as this worker's in one transaction:
 * a worker killed between the two cannot leave a partition no one knows about.
 */
public final class PartitionWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

	private final PollableChannel channel;

	private final StepExecutionRequestHandler handler;

	private final JobRepository repository;

	private final PartitionRuns runs;

	private final TransactionTemplate transactions;

	private final PartitioningProperties properties;

	private final PartitionHandBack handBack;

	private final CountDownLatch stopping = new CountDownLatch(1);

	private @Nullable String name;

	private @Nullable Thread consumer;

	PartitionWorker(PollableChannel channel, StepExecutionRequestHandler handler, JobRepository repository,
			PartitionRuns runs, TransactionTemplate transactions, PartitioningProperties properties,
			PartitionHandBack handBack) {
		this.channel = channel;
		this.handler = handler;
		this.repository = repository;
		this.runs = runs;
		this.transactions = transactions;
		this.properties = properties;
		this.handBack = handBack;
	}

	/** Starts taking partitions under this worker name; returns at once. */
	public synchronized void start(String worker) {
		if (!this.properties.enabled() || this.name != null) {
			return;
		}
		this.name = worker;
		log.info("Worker {} runs partitions of every worker's jobs", worker);
		this.consumer = Thread.ofPlatform().name("partitions").daemon().start(() -> consume(worker));
		Thread.ofPlatform().name("partitions-heartbeat").daemon().start(() -> beat(worker));
	}

	/**
	 * Stops taking partitions and hands the one under way back: it stops after the file
	 * it is on, and is sent again at once for another worker to go on with from there.
	 * Waits up to {@code take-over-after} for that file; a partition still running then
	 * is taken over as if this worker had died. Call it while the stores are still open.
	 */
	public void stop() {
		this.stopping.countDown();
		this.handBack.request();
		Thread running = this.consumer;
		if (running == null || running == Thread.currentThread()) {
			return;
		}
		try {
			if (!running.join(this.properties.takeOverAfter())) {
				log.warn("The partition under way did not stop in time; another worker takes it over");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void destroy() {
		stop();
	}

	private void consume(String worker) {
		while (this.stopping.getCount() > 0) {
			try {
				Optional<StepExecutionRequest> next = this.transactions.execute((status) -> take(worker));
				if (next != null && next.isPresent()) {
					run(next.get(), worker);
				}
				else if (await()) {
					return;
				}
			}
			catch (DataAccessException ex) {
				log.warn("Cannot take a partition: {}", ex.getMessage());
				if (await()) {
					return;
				}
			}
			catch (RuntimeException ex) {
				// Whatever one partition does, the worker goes on taking the next.
				log.error("A partition could not be run", ex);
				if (await()) {
					return;
				}
			}
		}
	}

	private Optional<StepExecutionRequest> take(String worker) {
		Message<?> message = this.channel.receive(0);
		if (message == null || !(message.getPayload() instanceof StepExecutionRequest request)) {
			return Optional.empty();
		}
		StepExecution step = this.repository.getStepExecution(request.getStepExecutionId());
		if (step == null || !step.getJobExecution().isRunning() || step.getStatus() == BatchStatus.COMPLETED) {
			// Sent for a job that has ended (its worker died and it was restarted with
			// new partitions) or a partition done meanwhile: nothing is left to run.
			log.info("Partition {} is no longer wanted", request);
			return Optional.empty();
		}
		this.runs.started(step.getId(), step.getJobExecutionId(), request.getStepName(), worker);
		return Optional.of(request);
	}

	private void run(StepExecutionRequest request, String worker) {
		log.info("Worker {} runs partition {}", worker, request);
		StepExecution ran = this.handler.handle(request);
		if (this.handBack.handedBack(ran)) {
			handBack(request, ran, worker);
			return;
		}
		if (ran.getStatus() == BatchStatus.FAILED || ran.getStatus() == BatchStatus.STOPPED) {
			// The handler leaves recording these to its caller.
			try {
				this.repository.update(ran);
			}
			catch (RuntimeException ex) {
				log.warn("Cannot record that partition {} ended {}: {}", request, ran.getStatus(), ex.getMessage());
			}
		}
		this.runs.finished(ran.getId(), worker, ran.getStatus().toString());
	}

	// Still running, as far as the job knows: sent again with this run closed, in one
	// transaction, for the next free worker to go on from the last committed file.
	private void handBack(StepExecutionRequest request, StepExecution ran, String worker) {
		this.transactions.executeWithoutResult((status) -> {
			ran.setExitStatus(ExitStatus.EXECUTING);
			ran.setEndTime(null);
			this.repository.update(ran);
			this.runs.finished(ran.getId(), worker, "HANDED_BACK");
			this.channel.send(MessageBuilder.withPayload(request).build());
		});
		log.info("Worker {} is stopping and hands partition {} back", worker, ran.getId());
	}

	private void beat(String worker) {
		while (this.stopping.getCount() > 0) {
			try {
				this.runs.beat(worker);
				this.transactions.executeWithoutResult((status) -> resend(worker));
			}
			catch (DataAccessException ex) {
				log.warn("Cannot report on partitions: {}", ex.getMessage());
			}
			if (await(this.properties.heartbeatInterval().toMillis())) {
				return;
			}
		}
	}

	private void resend(String worker) {
		for (PartitionRuns.Abandoned abandoned : this.runs.takeOver(this.properties.takeOverAfter(), worker)) {
			log.warn("Worker {} sends partition {} again: its worker stopped reporting", worker,
					abandoned.stepExecutionId());
			this.channel.send(MessageBuilder
				.withPayload(new StepExecutionRequest(abandoned.stepName(), abandoned.stepExecutionId()))
				.build());
		}
	}

	private boolean await() {
		return await(this.properties.pollInterval().toMillis());
	}

	/** Waits, unless stopping; whether it is. */
	private boolean await(long millis) {
		try {
			return this.stopping.await(millis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

}
