package vn.luutru.search.jobs;

import java.nio.file.Files;
import java.nio.file.Path;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.luutru.archive.support.TestStores;
import vn.luutru.search.TestAccounts;
import vn.luutru.search.users.NewUser;
import vn.luutru.search.users.UserService;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/jobs} against the real database: only folders inside the configured
 * ingest roots ({@code java.io.tmpdir} in the tests, see {@link TestStores}) may be
 * ingested, never the archive's own data, and one job at a time per folder. Asked by a
 * scanning-staff account over HTTP Basic, as an API client would.
 */
@SpringBootTest
@AutoConfigureMockMvc
class JobsIntegrationTests {

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
	}

	@TempDir
	Path scans;

	/** A scanning-staff account, signed in with HTTP Basic as an API client would. */
	static final String STAFF = "jobs-quet";

	static final String PASSWORD = "mat-khau-dai-du-12";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void scanningStaff() {
		TestAccounts.ensure(this.jdbc, this.users, new NewUser(STAFF, "Thử nhập", "scanning-staff", PASSWORD));
	}

	@Test
	void aServerFolderOutsideTheRootsIsRefusedWithAReason() throws Exception {
		start("/etc").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(containsString("folder-cannot-be-ingested")))
			.andExpect(jsonPath("$.detail").value(startsWith("Thư mục /etc nằm ngoài các thư mục được phép nhập")));
	}

	@Test
	void aSymbolicLinkInsideARootThatLeadsOutIsRefused() throws Exception {
		Path link = Files.createSymbolicLink(this.scans.resolve("he-thong"), Path.of("/etc"));

		start(link.toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("liên kết tượng trưng")));
	}

	@Test
	void theArchivesDataDirectoryIsRefused() throws Exception {
		Path originals = Files.createDirectories(TestStores.dataDir().resolve("originals"));

		start(TestStores.dataDir().toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("thư mục dữ liệu của kho")));
		start(originals.toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("thư mục dữ liệu của kho")));
	}

	@Test
	void aSecondJobOnAFolderWithOneQueuedIsAConflictNamingIt() throws Exception {
		Path batch = Files.createDirectories(this.scans.resolve("2025-06"));
		String first = start(batch.toString()).andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long job = JsonPath.<Number>read(first, "$.id").longValue();

		start(batch.toString()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(containsString("folder-busy")))
			.andExpect(jsonPath("$.detail").value(startsWith(
					"Thư mục " + batch.toRealPath() + " đang có lượt nhập số " + job + " chờ hoặc đang chạy")));
		start(this.scans.toString()).andExpect(status().isConflict());
	}

	private ResultActions start(String folder) throws Exception {
		return this.mvc.perform(post("/api/jobs").with(httpBasic(STAFF, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"folder\": \"" + folder + "\"}"));
	}

}
