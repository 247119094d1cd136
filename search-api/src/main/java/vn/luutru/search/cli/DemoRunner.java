package vn.luutru.search.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.jobs.FolderBusy;
import vn.luutru.archive.jobs.IngestProgress;
import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.archive.jobs.IngestRoots;
import vn.luutru.archive.jobs.JobProgress;
import vn.luutru.archive.jobs.ProgressPrinter;
import vn.luutru.search.dossiers.DossierImportCommand;
import vn.luutru.search.users.UserCommands;

/**
 * {@code luutru demo}: once the server is up, asks a worker to ingest the sample scans
 * the launcher generated under {@code <data-dir>/scans/samples} (inside the default
 * ingest root, {@code <data-dir>/scans}), prints the job's progress as the worker goes,
 * imports sample dossiers, and tells the user where to look and what to search for.
 */
@Component
@ConditionalOnProperty("luutru.demo.enabled")
class DemoRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

	private static final Duration POLL = Duration.ofSeconds(1);

	static final List<String> SEARCHES = List.of("tai nguyen moi truong", "Đà Nẵng", "977/TB-STNMT", "thửa đất số 125",
			"giay phep moi truong", "bản đồ địa chính", "so:977/TB-STNMT", "thua:125 to:12", "loai:bien-ban",
			"\"tác động môi trường\" -cát");

	/**
	 * A one-stop export of dossiers the sample papers cite, in the default column layout,
	 * so that suggestions and links can be tried on the demo data. Applicants are
	 * invented.
	 */
	static final String DOSSIERS = """
			Mã hồ sơ,Tên thủ tục,Lĩnh vực,Người nộp,Số CCCD,Số điện thoại,Ngày nhận,Ngày hẹn trả,Ngày trả,Trạng thái,Hình thức trả,Phường/Xã,Quận/Huyện,Tỉnh/Thành phố,Thửa đất,Văn bản liên quan
			000.00.12.H13-191002-0015,Thuê đất,Đất đai,Công ty Cổ phần Đầu tư Xây dựng Đà Nẵng,0400123456,02363822977,02/10/2019,30/10/2019,28/10/2019,Đã trả kết quả,Trực tiếp,Phường An Khánh,Quận Ninh Kiều,Thành phố Cần Thơ,12/125,977/TB-STNMT
			000.00.12.H13-191003-0021,Đăng ký biến động đất đai,Đất đai,Trần Văn Bình,092079001234,0907123456,03/10/2019,20/10/2019,,Đang giải quyết,Bưu điện,Phường An Khánh,Quận Ninh Kiều,Thành phố Cần Thơ,12/125,
			000.00.12.H13-191010-0007,Cấp giấy phép môi trường,Môi trường,Lê Thị Hoa,079185004321,0912345678,10/10/2019,10/11/2019,,Đang giải quyết,Trực tuyến,Phường Hòa Xuân,Quận Cẩm Lệ,Thành phố Đà Nẵng,,977/TB-STNMT
			""";

	private final IngestRequests requests;

	private final IngestProgress progress;

	private final ServicesProperties services;

	private final Environment environment;

	private final DossierImportCommand dossierImport;

	private final UserCommands users;

	DemoRunner(IngestRequests requests, IngestProgress progress, ServicesProperties services, Environment environment,
			DossierImportCommand dossierImport, UserCommands users) {
		this.requests = requests;
		this.progress = progress;
		this.services = services;
		this.environment = environment;
		this.dossierImport = dossierImport;
		this.users = users;
	}

	/**
	 * Starts the demo beside the server rather than in its start-up: the job waits for a
	 * worker, which {@code luutru demo} starts once the server answers.
	 */
	@Override
	public void run(ApplicationArguments args) {
		Thread.ofPlatform().name("demo").daemon().start(() -> {
			try {
				demo(System.out);
			}
			catch (RuntimeException ex) {
				log.error("The demo set-up failed", ex);
			}
		});
	}

	void demo(PrintStream out) {
		Path samples = this.services.dataDir()
			.resolve(IngestRoots.DEFAULT_FOLDER)
			.resolve("samples")
			.toAbsolutePath()
			.normalize();
		out.println();
		if (Files.isDirectory(samples)) {
			out.println("Lưu trữ demo: asking a worker to ingest the sample scans in " + samples);
			try {
				follow(this.requests.request(samples, "demo"), out);
			}
			catch (FolderBusy ex) {
				out.println(ex.getMessage());
			}
		}
		else {
			out.println("Lưu trữ demo: no sample scans in " + samples
					+ " (./luutru demo generates them before it starts the server); nothing to ingest.");
		}
		Path dossiers = this.services.dataDir().resolve("samples-dossiers.csv").toAbsolutePath();
		try {
			Files.writeString(dossiers, DOSSIERS, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		out.println();
		out.println("Importing the sample one-stop export " + dossiers);
		this.dossierImport.run(dossiers, out);
		String url = "http://localhost:" + this.environment.getProperty("local.server.port", "8080");
		out.println();
		out.println("Lưu trữ is running at " + url + "  (API: " + url + "/v3/api-docs, Ctrl-C to stop)");
		out.println("Sign in as one of the demo users (new passwords at every demo start):");
		this.users.demoUsers()
			.forEach((username, password) -> out.printf("  %-8s %s   %s%n", username, password,
					UserCommands.roleOf(username)));
		out.println("Searches to try, with or without diacritics:");
		for (String query : SEARCHES) {
			out.println("  " + query + "    " + url + "/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		}
		out.println();
	}

	/** Prints the job's progress, read from the database, until it ends. */
	private void follow(long id, PrintStream out) {
		ProgressPrinter printer = new ProgressPrinter(out);
		while (true) {
			JobProgress now = this.progress.progress(id).orElseThrow();
			printer.print(now);
			if (now.ended()) {
				printer.summarise(now);
				return;
			}
			try {
				Thread.sleep(POLL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
