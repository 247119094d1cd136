package vn.luutru.search.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.support.TestStores;
import vn.luutru.search.TestAccounts;
import vn.luutru.search.users.NewUser;
import vn.luutru.search.users.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Uploads over the tus 1.0 protocol against the running web server, as a browser's tus
 * client makes them: a large scan whose transfer breaks half-way goes on from the byte
 * the server has and arrives whole in its batch's folder, whose job is then queued.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadIntegrationTests {

	static final String STAFF = "tai-len-quet";

	static final String PASSWORD = "mat-khau-tai-len-12";

	static final long SIZE = 200L * 1024 * 1024;

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static Path uploadRoot;

	@TempDir
	Path work;

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The batches are scans of the test's own: nothing is left in the shared temp folder.
	 */
	@org.junit.jupiter.api.AfterAll
	static void deleteUploads() throws IOException {
		org.springframework.util.FileSystemUtils.deleteRecursively(uploadRoot);
	}

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) throws IOException {
		TestStores.register(registry, "search-api");
		uploadRoot = Files.createTempDirectory(TestStores.roots(), "tai-len");
		registry.add("luutru.upload.root", uploadRoot::toString);
	}

	@BeforeEach
	void scanningStaff() {
		TestAccounts.ensure(this.jdbc, this.users, new NewUser(STAFF, "Thử tải lên", "scanning-staff", PASSWORD));
	}

	@Test
	void a200MegabyteUploadBrokenOffHalfWayResumesAndCompletes() throws Exception {
		Path scan = this.work.resolve("ban-do-dia-chinh.tif");
		String sha256 = write(scan, SIZE);
		String batch = JsonPath.read(send(request("/api/uploads/batches").POST(BodyPublishers.noBody()), 201), "$.id");
		HttpResponse<String> created = HTTP.send(request("/api/uploads/files").header("Tus-Resumable", "1.0.0")
			.header("Upload-Length", Long.toString(SIZE))
			.header("Upload-Metadata", "filename " + base64("ban-do-dia-chinh.tif") + ",batch " + base64(batch))
			.POST(BodyPublishers.noBody())
			.build(), BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String upload = created.headers().firstValue("Location").orElseThrow();

		// The connection breaks after 100 MB of the first PATCH.
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> HTTP.send(patch(upload, scan, 0, SIZE / 2), BodyHandlers.ofString()));
		long offset = offset(upload);
		assertThat(offset).as("bytes the server kept").isPositive().isLessThan(SIZE);

		HttpResponse<String> resumed = HTTP.send(patch(upload, scan, offset, -1), BodyHandlers.ofString());
		assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(204);
		assertThat(resumed.headers().firstValue("Upload-Offset")).hasValue(Long.toString(SIZE));

		Path arrived = uploadRoot.resolve(batch).resolve("ban-do-dia-chinh.tif");
		assertThat(arrived).hasSize(SIZE);
		assertThat(digest(arrived)).isEqualTo(sha256);
		assertThat(send(request("/api/uploads/batches/" + batch).GET(), 200)).contains("ban-do-dia-chinh.tif");
		String job = send(request("/api/uploads/batches/" + batch + "/ingest").POST(BodyPublishers.noBody()), 202);
		assertThat(JsonPath.<String>read(job, "$.folder")).isEqualTo(uploadRoot.toRealPath().resolve(batch).toString());
		assertThat(JsonPath.<String>read(job, "$.status")).isEqualTo("QUEUED");
	}

	@Test
	void aFileOfAnotherTypeOrForNoBatchIsRefusedBeforeAnyByteIsSent() throws Exception {
		String batch = JsonPath.read(send(request("/api/uploads/batches").POST(BodyPublishers.noBody()), 201), "$.id");
		HttpResponse<String> script = HTTP.send(request("/api/uploads/files").header("Tus-Resumable", "1.0.0")
			.header("Upload-Length", "10")
			.header("Upload-Metadata", "filename " + base64("chay-thu.sh") + ",batch " + base64(batch))
			.POST(BodyPublishers.noBody())
			.build(), BodyHandlers.ofString());
		assertThat(script.statusCode()).isEqualTo(400);
		assertThat(script.body()).contains("không phải loại bản quét được nhận");
		HttpResponse<String> noBatch = HTTP.send(request("/api/uploads/files").header("Tus-Resumable", "1.0.0")
			.header("Upload-Length", "10")
			.header("Upload-Metadata", "filename " + base64("a.pdf") + ",batch " + base64("../../etc"))
			.POST(BodyPublishers.noBody())
			.build(), BodyHandlers.ofString());
		assertThat(noBatch.statusCode()).isEqualTo(404);
	}

	private HttpRequest patch(String upload, Path scan, long from, long breakAfter) {
		long length = SIZE - from;
		return request(upload).header("Tus-Resumable", "1.0.0")
			.header("Upload-Offset", Long.toString(from))
			.header("Content-Type", "application/offset+octet-stream")
			.method("PATCH", BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> {
				try {
					InputStream in = Files.newInputStream(scan);
					in.skipNBytes(from);
					return (breakAfter < 0) ? in : new Breaking(in, breakAfter);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}), length))
			.build();
	}

	/**
	 * The offset the server has, once it has let go of the broken request (until then the
	 * upload is locked), asked again as a tus client does after a delay.
	 */
	private long offset(String upload) throws Exception {
		java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
		while (true) {
			HttpResponse<Void> head = HTTP.send(
					request(upload).header("Tus-Resumable", "1.0.0").method("HEAD", BodyPublishers.noBody()).build(),
					BodyHandlers.discarding());
			java.util.Optional<String> offset = head.headers().firstValue("Upload-Offset");
			// tus 1.0 allows either.
			if ((head.statusCode() == 200 || head.statusCode() == 204) && offset.isPresent()) {
				return Long.parseLong(offset.get());
			}
			assertThat(java.time.Instant.now()).as("HEAD answered " + head.statusCode()).isBefore(deadline);
			Thread.sleep(200);
		}
	}

	private HttpRequest.Builder request(String path) {
		URI uri = path.startsWith("http") ? URI.create(path) : URI.create("http://localhost:" + this.port + path);
		return HttpRequest.newBuilder(uri)
			.header("Authorization", "Basic " + base64(STAFF + ":" + PASSWORD))
			.header("Accept", "application/json");
	}

	private static String send(HttpRequest.Builder request, int expected) throws Exception {
		HttpResponse<String> response = HTTP.send(request.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
		return response.body();
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/** Writes pseudo-random bytes (nothing compresses them away); their SHA-256. */
	private static String write(Path file, long size) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		Random random = new Random(20);
		byte[] block = new byte[1024 * 1024];
		try (OutputStream out = Files.newOutputStream(file)) {
			for (long written = 0; written < size; written += block.length) {
				random.nextBytes(block);
				sha.update(block);
				out.write(block);
			}
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	private static String digest(Path file) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	/** A stream that fails after so many bytes, as a connection that drops. */
	private static final class Breaking extends java.io.FilterInputStream {

		private long left;

		Breaking(InputStream in, long after) {
			super(in);
			this.left = after;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (this.left <= 0) {
				throw new IOException("connection dropped");
			}
			int read = super.read(buffer, offset, (int) Math.min(length, this.left));
			this.left -= Math.max(read, 0);
			return read;
		}

	}

}
