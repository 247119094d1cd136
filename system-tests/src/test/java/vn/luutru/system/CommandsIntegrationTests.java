package vn.luutru.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.attribute.PosixFilePermission;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web application's commands run by {@code ./luutru} as processes of their own,
 * against one installation: the first administrator is made before any server ran, the
 * other commands run beside a running web server, and {@code stop} ends it all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandsIntegrationTests {

	private static final Pattern PASSWORD = Pattern.compile("Mật khẩu(?: mới của \\S+)?: (\\S+)");

	private static final String DOSSIERS = """
			Mã hồ sơ,Tên thủ tục,Lĩnh vực,Người nộp,Số CCCD,Số điện thoại,Ngày nhận,Ngày hẹn trả,Ngày trả,Trạng thái,Hình thức trả,Phường/Xã,Quận/Huyện,Tỉnh/Thành phố,Thửa đất,Văn bản liên quan
			000.00.12.H13-200301-0001,Thuê đất,Đất đai,Công ty TNHH Sông Hàn,0400999888,02363811111,01/03/2020,30/03/2020,,Đang giải quyết,Trực tiếp,Phường An Khánh,Quận Ninh Kiều,Thành phố Cần Thơ,12/126,
			000.00.12.H13-200302-0002,Cấp giấy phép môi trường,Môi trường,Nguyễn Văn Tâm,079185009999,0912000111,02/03/2020,02/04/2020,,Đang giải quyết,Bưu điện,Phường Hòa Xuân,Quận Cẩm Lệ,Thành phố Đà Nẵng,,
			""";

	private Installation installation;

	private Ran firstAdministrator;

	private List<ProcessHandle> storesAfterFirstCommand;

	private Process server;

	private Api api;

	private String officerPassword;

	@BeforeAll
	void firstAdministratorThenTheServer() {
		this.installation = Installation.create("commands");
		// A new installation has no users and no default password: its first
		// administrator is made before the server ever ran.
		this.firstAdministrator = this.installation.luutru("add-user", "quantri", "administrator");
		this.storesAfterFirstCommand = this.installation.runningStores();
		this.server = this.installation.background("server", "serve");
		this.installation.awaitHealthy(this.server, Duration.ofMinutes(5));
		this.api = new Api(this.installation.webPort());
	}

	@AfterAll
	void stopEverything() {
		if (this.installation != null) {
			this.installation.close();
		}
	}

	@Test
	@Order(1)
	void theFirstAdministratorIsMadeWithoutAServerAndSignsInOnceItRuns() throws IOException {
		assertThat(this.firstAdministrator.exitCode()).as(this.firstAdministrator::toString).isZero();
		assertThat(this.firstAdministrator.err()).isEmpty();
		// The command started the stores for itself and stopped them again.
		assertThat(this.storesAfterFirstCommand).isEmpty();
		assertThat(this.api.as("quantri", password(this.firstAdministrator)).get("/api/session").body())
			.contains("\"role\":\"administrator\"");
	}

	@Test
	@Order(2)
	void addUserPrintsAPasswordThatSignsIn() throws IOException {
		Ran added = this.installation.luutru("add-user", "tt.hoa", "officer");

		assertThat(added.exitCode()).as(added::toString).isZero();
		assertThat(added.out()).contains("Tài khoản tt.hoa (Cán bộ nghiệp vụ) đã tạo");
		this.officerPassword = password(added);
		var session = this.api.as("tt.hoa", this.officerPassword).get("/api/session");
		assertThat(session.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(session.body(), "$.role")).isEqualTo("officer");
	}

	@Test
	@Order(3)
	void addingTheSameUserAgainHasFailed() {
		Ran again = this.installation.luutru("add-user", "tt.hoa", "viewer");

		assertThat(again.exitCode()).as(again::toString).isEqualTo(1);
		assertThat(again.out()).contains("Tên đăng nhập 'tt.hoa' đã có người dùng.");
	}

	@Test
	@Order(4)
	void badUsageCannotStartAndSaysWhyInOneLine() {
		assertCannotStart(this.installation.luutru("add-user", "tt.lan", "boss"),
				"luutru: ROLE 'boss' không hợp lệ: phải là scanning-staff, officer, viewer hoặc administrator. "
						+ "Cách dùng: luutru add-user NAME ROLE");
		assertCannotStart(this.installation.luutru("add-user", "tt.lan"),
				"luutru: Thiếu ROLE. Cách dùng: luutru add-user NAME ROLE");
		assertCannotStart(this.installation.luutru("reset-password"),
				"luutru: Thiếu NAME. Cách dùng: luutru reset-password NAME");
		assertCannotStart(this.installation.luutru("import-dossiers", "/khong-co/export.csv"),
				"luutru: FILE '/khong-co/export.csv' không phải tệp đọc được. Cách dùng: luutru import-dossiers FILE");
		assertCannotStart(this.installation.luutru("frobnicate"),
				"[luutru] Unknown command 'frobnicate'. Try ./luutru help");
	}

	@Test
	@Order(5)
	void anInvalidSettingCannotStartAndSaysWhichInOneLine() {
		Ran ran = this.installation.luutru("add-user", "tt.lan", "viewer", "--luutru.security.lockout=0s");

		assertCannotStart(ran, "luutru add-user: không khởi động được: "
				+ "IllegalArgumentException: luutru.security.lockout must be positive, not PT0S");
	}

	@Test
	@Order(6)
	void resetPasswordGivesANewPasswordAndTheOldOneNoLongerSignsIn() throws IOException {
		Ran reset = this.installation.luutru("reset-password", "tt.hoa");

		assertThat(reset.exitCode()).as(reset::toString).isZero();
		assertThat(password(reset)).isNotEqualTo(this.officerPassword);
		assertThat(this.api.as("tt.hoa", this.officerPassword).get("/api/session").statusCode()).isEqualTo(401);
		assertThat(this.api.as("tt.hoa", password(reset)).get("/api/session").statusCode()).isEqualTo(200);
		Ran nobody = this.installation.luutru("reset-password", "khong.co");
		assertThat(nobody.exitCode()).as(nobody::toString).isEqualTo(1);
		assertThat(nobody.out()).contains("khong.co");
	}

	@Test
	@Order(7)
	void importDossiersImportsAnExportTheApiThenShows() throws IOException {
		Path export = Files.writeString(this.installation.dataDir().resolve("mot-cua.csv"), DOSSIERS,
				StandardCharsets.UTF_8);

		Ran imported = this.installation.luutru("import-dossiers", export.toString());

		assertThat(imported.exitCode()).as(imported::toString).isZero();
		assertThat(imported.out()).contains("2 rows: 2 new, 0 updated, 0 unchanged, 0 not imported.");
		var dossier = this.api.as("quantri", password(this.firstAdministrator))
			.get("/api/dossiers/000.00.12.H13-200302-0002");
		assertThat(dossier.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(dossier.body(), "$.dossier.procedureName"))
			.isEqualTo("Cấp giấy phép môi trường");
	}

	@Test
	@Order(7)
	void asRootTheArchivesProcessesRunAsTheServiceUserAndKeepTheirDataPrivate() throws IOException {
		assumeTrue(Installation.uid(ProcessHandle.current().pid()) == 0, "only root can run as another user");
		List<ProcessHandle> processes = new java.util.ArrayList<>(this.installation.runningStores());
		processes.add(this.server.toHandle());
		assertThat(processes).hasSize(3);
		for (ProcessHandle process : processes) {
			assertThat(Installation.uid(process.pid())).as(process.info().command().orElse("?")).isNotZero();
		}
		// Other users cannot even look inside the data directory.
		assertThat(Files.getPosixFilePermissions(this.installation.dataDir()))
			.doesNotContain(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
	}

	@Test
	@Order(7)
	void theEmbeddedElasticsearchAsksForTheArchivesGeneratedPassword() throws Exception {
		URI node = URI.create("http://127.0.0.1:" + this.installation.elasticsearchPorts().getFirst());
		String password = Files.readString(this.installation.dataDir().resolve("secrets/elasticsearch-password"))
			.strip();

		assertThat(elasticsearch(node.resolve("/_cluster/health"), null, "GET")).isEqualTo(401);
		assertThat(elasticsearch(node.resolve("/luutru*/_search"), password, "GET")).isEqualTo(200);
		// The archive's user may do what the archive does, on the archive's indices only.
		assertThat(elasticsearch(node.resolve("/someone-elses-index"), password, "PUT")).isEqualTo(403);
		assertThat(elasticsearch(node.resolve("/_security/user/intruder"), password, "GET")).isEqualTo(403);
	}

	private static int elasticsearch(URI uri, String password, String method) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody());
		if (password != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("luutru-archive:" + password).getBytes(StandardCharsets.UTF_8)));
		}
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
	}

	@Test
	@Order(7)
	void asRootOnlyTheServiceUserReachesTheEmbeddedElasticsearch() throws Exception {
		assumeTrue(Installation.uid(ProcessHandle.current().pid()) == 0, "only root can run as another user");
		// Its transport port has no TLS, and a second fence costs nothing: the launcher
		// lets only the service user (and root) open the node's ports on loopback.
		for (int port : this.installation.elasticsearchPorts()) {
			assertThat(connects("--reuid=nobody", "--regid=nogroup", port)).as("nobody → %d", port).isFalse();
			assertThat(connects("--reuid=" + Installation.SERVICE_USER, "--regid=" + Installation.SERVICE_USER, port))
				.as("service user → %d", port)
				.isTrue();
		}
	}

	private static boolean connects(String user, String group, int port) throws Exception {
		Process connect = new ProcessBuilder("setpriv", user, group, "--clear-groups", "bash", "-c",
				"exec 3<>/dev/tcp/127.0.0.1/" + port)
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(connect.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return connect.exitValue() == 0;
	}

	@Test
	@Order(8)
	void ingestOfAServerFolderOutsideTheRootsCannotStartAndSaysWhyInVietnamese() {
		Ran ingest = this.installation.luutru("ingest", "/etc");

		assertThat(ingest.exitCode()).as(ingest::toString).isEqualTo(2);
		assertThat(ingest.errLines()).as(ingest::toString)
			.singleElement()
			.asString()
			.startsWith("luutru ingest: Thư mục /etc nằm ngoài các thư mục được phép nhập");
		assertThat(ingest.out() + ingest.err()).as(ingest::toString).doesNotContain("\tat ", "/etc/");
	}

	@Test
	@Order(9)
	void stopEndsTheWorkersTheServerAndTheStores() throws Exception {
		// A stand-in for a worker, run as the workers are: stop finds workers by their
		// pid files alone.
		Process worker = new ProcessBuilder(Installation.asServiceUser("sleep", "300")).start();
		Path pidFile = this.installation.dataDir().resolve("workers/" + worker.pid() + ".pid");
		Files.createDirectories(pidFile.getParent());
		Files.writeString(pidFile, Long.toString(worker.pid()));
		Installation.giveToServiceUser(pidFile.getParent(), pidFile);
		assertThat(this.installation.runningStores()).hasSize(2);

		Ran stop = this.installation.luutru("stop");

		assertThat(stop.exitCode()).as(stop::toString).isZero();
		assertThat(stop.out()).contains("Đã dừng máy xử lý (pid " + worker.pid() + ")",
				"Đã dừng máy chủ Lưu trữ (pid " + this.server.pid() + ")");
		assertThat(worker.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.server.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.installation.runningStores()).isEmpty();
		assertThat(pidFile).doesNotExist();
		assertThat(this.api.health()).isZero();
	}

	private static void assertCannotStart(Ran ran, String reason) {
		assertThat(ran.exitCode()).as(ran::toString).isEqualTo(2);
		assertThat(ran.errLines()).as(ran::toString).containsExactly(reason);
		assertThat(ran.out()).isEmpty();
	}

	private static String password(Ran ran) {
		Matcher matcher = PASSWORD.matcher(ran.out());
		assertThat(matcher.find()).as(ran::toString).isTrue();
		return matcher.group(1);
	}

}
