package vn.luutru.search.fixity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.luutru.archive.fixity.Fixity;
import vn.luutru.archive.fixity.FixityReport;
import vn.luutru.archive.fixity.FixityReport.Kind;
import vn.luutru.archive.fixity.FixityReport.Problem;
import vn.luutru.search.SignedIn;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What {@code GET /api/fixity} answers; who may ask is in {@code AccessIntegrationTests}.
 */
@Import(SignedIn.class)
@WebMvcTest(FixityController.class)
class FixityControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Fixity fixity;

	@Test
	void theLatestCheckIsShownWithEveryProblemAndItsVietnameseLabel() throws Exception {
		given(this.fixity.latest()).willReturn(Optional.of(new FixityReport(7, Instant.parse("2026-12-06T19:00:00Z"),
				Instant.parse("2026-12-06T19:05:00Z"), "schedule", 1200, 987654321L, List.of(new Problem("doc1",
						"/srv/luutru/originals/ab/ab12.pdf", Kind.CHANGED, "a".repeat(64), "b".repeat(64))))));

		this.mvc.perform(get("/api/fixity"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(7))
			.andExpect(jsonPath("$.startedAt").value("2026-12-06T19:00:00Z"))
			.andExpect(jsonPath("$.startedBy").value("schedule"))
			.andExpect(jsonPath("$.filesChecked").value(1200))
			.andExpect(jsonPath("$.bytesChecked").value(987654321L))
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.problems[0].path").value("/srv/luutru/originals/ab/ab12.pdf"))
			.andExpect(jsonPath("$.problems[0].documentId").value("doc1"))
			.andExpect(jsonPath("$.problems[0].problem").value("changed"))
			.andExpect(jsonPath("$.problems[0].label").value("nội dung tệp đã bị thay đổi"))
			.andExpect(jsonPath("$.problems[0].actualSha256").value("b".repeat(64)));
	}

	@Test
	void noCheckYetIsANotFoundProblemSayingHowToRunOne() throws Exception {
		given(this.fixity.latest()).willReturn(Optional.empty());

		this.mvc.perform(get("/api/fixity"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("tag:luutru,2025:problem/no-fixity-check"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("./luutru fixity")));
	}

}
