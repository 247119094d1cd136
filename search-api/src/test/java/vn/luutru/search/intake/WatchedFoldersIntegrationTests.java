package vn.luutru.search.intake;

import java.nio.file.Files;
import java.nio.file.Path;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import vn.luutru.archive.support.TestStores;
import vn.luutru.search.TestAccounts;
import vn.luutru.search.WholeApplication;
import vn.luutru.search.users.NewUser;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/watched-folders} against the real database: a folder is held to the rules
 * of a job's folder, with the same reasons, and registered once.
 */
class WatchedFoldersIntegrationTests extends WholeApplication {

	static final String ADMIN = "theo-doi-qtv";

	static final String PASSWORD = "mat-khau-theo-doi-12";

	@TempDir
	Path scans;

	@BeforeEach
	void administrator() {
		TestAccounts.ensure(this.jdbc, this.users, new NewUser(ADMIN, "Thử theo dõi", "administrator", PASSWORD));
	}

	@Test
	void aFolderUnderTheRootsIsWatchedOnceListedAndRemoved() throws Exception {
		Path folder = Files.createDirectories(this.scans.resolve("tiep-nhan"));
		String added = add(folder.toString()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.folder").value(folder.toRealPath().toString()))
			.andExpect(jsonPath("$.addedBy").value(ADMIN))
			.andExpect(jsonPath("$.filesTaken").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = JsonPath.<Number>read(added, "$.id").longValue();

		add(folder.toString()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(containsString("folder-already-watched")));
		this.mvc.perform(get("/api/watched-folders").with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].folder").value(folder.toRealPath().toString()));
		this.mvc.perform(delete("/api/watched-folders/" + id).with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/watched-folders/" + id).with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFolderOutsideTheRootsOrInTheArchivesDataIsRefusedWithTheJobsReasons() throws Exception {
		add("/etc").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(containsString("folder-cannot-be-ingested")))
			.andExpect(jsonPath("$.detail").value(startsWith("Thư mục /etc nằm ngoài các thư mục được phép nhập")));
		add(TestStores.dataDir().toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("thư mục dữ liệu của kho")));
	}

	private ResultActions add(String folder) throws Exception {
		return this.mvc.perform(post("/api/watched-folders").with(httpBasic(ADMIN, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"folder\": \"" + folder + "\"}"));
	}

}
