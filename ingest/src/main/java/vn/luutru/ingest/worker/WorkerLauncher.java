package vn.luutru.ingest.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.watch.FolderWatcher;
import vn.luutru.archive.corrections.TextLayerRequests;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.ingest.jobs.DocumentReread;
import vn.luutru.ingest.searchable.SearchablePdfProperties;
import vn.luutru.ingest.searchable.TextLayerWorker;
import vn.luutru.ingest.searchable.TextLayers;
import vn.luutru.archive.backup.ArchiveBackup;
import vn.luutru.archive.backup.ArchiveRestore;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.postgres.DatabaseDumps;
import vn.luutru.archive.storage.StoredFiles;
import vn.luutru.archive.fixity.Fixity;
import vn.luutru.archive.jobs.IngestProgress;
import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.ingest.fixity.FixitySchedule;
import vn.luutru.ingest.indexing.ArchiveReindex;
import vn.luutru.ingest.indexing.IndexReconciliation;
import vn.luutru.ingest.jobs.IngestJobs;
import vn.luutru.ingest.jobs.PartitionWorker;

/**
 * Runs a command of the worker application in this JVM, in a context without a web
 * server. Exit status 0 done, 1 failed, 2 could not start (bad usage, stores unreachable,
 * invalid configuration).
 */
public final class WorkerLauncher {

	/** The commands that end print their output; the start-up chatter would bury it. */
	private static final Map<String, Object> QUIET = Map.of("logging.level.root", "WARN", "spring.main.banner-mode",
			"off");

	private final Class<?> application;

	public WorkerLauncher(Class<?> application) {
		this.application = application;
	}

	/**
	 * Runs the command.
	 * @return an exit status for commands that end, or {@code null} while the worker
	 * keeps running
	 */
	public @Nullable Integer run(String[] args) {
		WorkerCommand command;
		try {
			command = WorkerCommand.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			return 2;
		}
		return switch (command.name()) {
			case "ingest" -> once(command, (context) -> {
				// With partitioning on, this process runs partitions of its own job
				// beside any running worker: alone, it still gets the job done.
				context.getBean(PartitionWorker.class).start(Worker.name());
				return ingestCommand(context).run(Path.of(command.operands().getFirst()));
			});
			case "retry" -> once(command, (context) -> {
				context.getBean(PartitionWorker.class).start(Worker.name());
				return ingestCommand(context).runRetry(Long.parseLong(command.operands().getFirst()),
						(command.operands().size() > 1) ? command.operands().get(1) : null);
			});
			case "resume" -> once(command, (context) -> {
				context.getBean(PartitionWorker.class).start(Worker.name());
				return ingestCommand(context).runResume(Long.parseLong(command.operands().getFirst()));
			});
			case "reindex" -> once(command, (context) -> new ReindexCommand(context.getBean(IngestProgress.class),
					context.getBean(ArchiveReindex.class), System.out)
				.run());
			case "reocr" -> once(command,
					(context) -> new ReocrCommand(context.getBean(DocumentReread.class), System.out, System.err)
						.run(command.operands().getFirst()));
			case "backup" -> backup(command);
			case "restore" -> restore(command);
			case "fixity" -> once(command, (context) -> new FixityCommand(context.getBean(Fixity.class), System.out,
					System.getProperty("user.name", "?"))
				.run());
			default -> work(command);
		};
	}

	private static IngestCommand ingestCommand(org.springframework.context.ApplicationContext context) {
		return new IngestCommand(context.getBean(IngestJobs.class), context.getBean(IngestProgress.class),
				context.getBean(vn.luutru.archive.jobs.IngestRetries.class), System.out, System.err);
	}

	private int backup(WorkerCommand command) {
		Path target = Path.of(command.operands().getFirst()).toAbsolutePath();
		if (!emptyOrAbsent(target)) {
			System.err.println("luutru: thư mục sao lưu '" + target
					+ "' không trống: hãy chọn một thư mục mới. Cách dùng: luutru backup DIR");
			return 2;
		}
		return once(command,
				(context) -> new BackupCommand(
						new ArchiveBackup(context.getBean(DatabaseDumps.class), context.getBean(Documents.class),
								context.getBean(StoredFiles.class), context.getBean(ServicesProperties.class)),
						System.out)
					.run(target));
	}

	private int restore(WorkerCommand command) {
		Path backup = Path.of(command.operands().getFirst()).toAbsolutePath();
		if (!ArchiveRestore.isBackup(backup)) {
			System.err.println("luutru: '" + backup
					+ "' không phải một bản sao lưu (không có bagit.txt và manifest-sha256.txt). Cách dùng: luutru restore DIR");
			return 2;
		}
		return once(command,
				(context) -> new RestoreCommand(
						new ArchiveRestore(context.getBean(DatabaseDumps.class), context.getBean(JdbcClient.class),
								context.getBean(ServicesProperties.class), context.getBean(Flyway.class)),
						context.getBean(ArchiveReindex.class), System.out, System.err)
					.run(backup));
	}

	private static boolean emptyOrAbsent(Path folder) {
		if (!Files.exists(folder)) {
			return true;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
		catch (IOException ex) {
			return false;
		}
	}

	private @Nullable Integer work(WorkerCommand command) {
		ConfigurableApplicationContext context;
		try {
			context = application(Map.of()).run(command.options());
		}
		catch (RuntimeException ex) {
			return cannotStart(ex);
		}
		Worker worker = new Worker(context.getBean(IngestJobs.class), context.getBean(IngestRequests.class),
				context.getBean(WorkerProperties.class), context.getBean(ServicesProperties.class).dataDir());
		PartitionWorker partitions = context.getBean(PartitionWorker.class);
		// SIGTERM closes the context from Spring's shutdown hook: the worker hands back
		// the
		// partition it runs and stops its jobs first, while the stores are still open.
		context.addApplicationListener((ApplicationListener<ApplicationEvent>) (event) -> {
			if (event instanceof ContextClosedEvent) {
				partitions.stop();
				worker.stop();
			}
		});
		TextLayerWorker textLayers = new TextLayerWorker(context.getBean(TextLayerRequests.class),
				new TextLayers(context.getBean(Derivatives.class), context.getBean(StoredFiles.class),
						context.getBean(SearchablePdfProperties.class)),
				context.getBean(WorkerProperties.class).pollInterval(), Worker.name());
		context.addApplicationListener((ApplicationListener<ApplicationEvent>) (event) -> {
			if (event instanceof ContextClosedEvent) {
				textLayers.close();
			}
		});
		// Every worker may watch; one at a time does (see FolderWatcher).
		FolderWatcher watcher = context.getBean(FolderWatcher.class);
		context.addApplicationListener((ApplicationListener<ApplicationEvent>) (event) -> {
			if (event instanceof ContextClosedEvent) {
				watcher.stop();
			}
		});
		worker.start();
		watcher.start();
		textLayers.start();
		partitions.start(Worker.name());
		context.getBean(FixitySchedule.class).start();
		reconcile(context.getBean(IndexReconciliation.class));
		return null;
	}

	/**
	 * Indexes the catalogued documents the index lacks, beside the jobs: reading the
	 * catalogue takes a while on a large archive, and a job indexing the same document
	 * writes the same entries.
	 */
	private static void reconcile(IndexReconciliation reconciliation) {
		Thread.ofVirtual().name("index-reconciliation").start(() -> {
			try {
				reconciliation.run();
			}
			catch (IOException | RuntimeException ex) {
				System.err.println("Could not check the index against the catalogue at start-up: " + ex.getMessage());
			}
		});
	}

	private int once(WorkerCommand command, ToIntFunction<ConfigurableApplicationContext> work) {
		ConfigurableApplicationContext context;
		try {
			context = application(QUIET).run(command.options());
		}
		catch (RuntimeException ex) {
			return cannotStart(ex);
		}
		try (context) {
			return work.applyAsInt(context);
		}
	}

	private SpringApplication application(Map<String, Object> defaults) {
		SpringApplication app = new SpringApplication(this.application);
		app.setWebApplicationType(WebApplicationType.NONE);
		Map<String, Object> properties = new HashMap<>(defaults);
		// Jobs run on request, never because the application started.
		properties.put("spring.batch.job.enabled", "false");
		app.setDefaultProperties(properties);
		return app;
	}

	private static int cannotStart(RuntimeException ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		System.err.println("Cannot start: " + cause.getMessage());
		return 2;
	}

}
