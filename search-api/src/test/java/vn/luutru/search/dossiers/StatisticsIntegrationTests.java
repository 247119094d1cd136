package vn.luutru.search.dossiers;

import org.springframework.context.annotation.Import;
import vn.luutru.search.SignedIn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.luutru.archive.support.TestStores;

import static org.hamcrest.Matchers.closeTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inspection figures over a generated year of dossiers shaped like the report in the
 * domain notes: 836 received, 553 returned with a result, 168 returned unresolved, 115 in
 * progress, 105 sent by post.
 */
@Import(SignedIn.class)
@SpringBootTest
@AutoConfigureMockMvc
class StatisticsIntegrationTests {

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void aYearOfDossiers() throws Exception {
		this.jdbc.sql("DELETE FROM dossiers").update();
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < 836; i++) {
			LocalDate received = LocalDate.of(2024, 1, 2).plusDays(i % 300);
			LocalDate due = received.plusDays(15);
			String status;
			LocalDate returned = null;
			String channel = "Trực tiếp";
			if (i < 553) {
				status = "Đã trả kết quả";
				// 30 returned three days late, the rest on time.
				returned = (i < 30) ? due.plusDays(3) : due.minusDays(1);
				channel = (i < 105) ? "Bưu điện" : "Trực tiếp";
			}
			else if (i < 553 + 168) {
				status = "Trả lại";
				returned = received.plusDays(5);
			}
			else {
				status = "Đang giải quyết";
			}
			Map<String, String> row = new LinkedHashMap<>();
			row.put("Mã hồ sơ", "000.00.12.H13-%06d-%04d".formatted(240000 + i % 300, i));
			row.put("Tên thủ tục", (i % 4 == 0) ? "Cấp giấy phép môi trường" : "Đăng ký biến động đất đai");
			row.put("Lĩnh vực", (i % 4 == 0) ? "Môi trường" : "Đất đai");
			row.put("Ngày nhận", received.toString());
			row.put("Ngày hẹn trả", due.toString());
			row.put("Ngày trả", (returned != null) ? returned.toString() : "");
			row.put("Trạng thái", status);
			row.put("Hình thức trả", channel);
			rows.add(row);
		}
		this.mvc
			.perform(post("/api/dossiers/import").contentType(MediaType.APPLICATION_JSON)
				.content(new ObjectMapper().writeValueAsString(rows)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inserted").value(836));
	}

	@Test
	void theFiguresOfTheYear() throws Exception {
		this.mvc.perform(get("/api/stats/dossiers").param("from", "2024-01-01").param("to", "2024-12-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.all.received").value(836))
			.andExpect(jsonPath("$.all.returnedWithResult").value(553))
			.andExpect(jsonPath("$.all.returnedUnresolved").value(168))
			.andExpect(jsonPath("$.all.inProgress").value(115))
			.andExpect(jsonPath("$.all.returnedByPost").value(105))
			// All 115 in progress were due in 2024: overdue today.
			.andExpect(jsonPath("$.all.overdueInProgress").value(115))
			.andExpect(jsonPath("$.all.returnedLate").value(30))
			.andExpect(jsonPath("$.all.onTimeRate").value(closeTo((721.0 - 30) / 721, 1e-9)))
			.andExpect(jsonPath("$.byField[0].group").value("Đất đai"))
			.andExpect(jsonPath("$.byField[0].received").value(627))
			.andExpect(jsonPath("$.byField[1].group").value("Môi trường"))
			.andExpect(jsonPath("$.byField[1].received").value(209))
			.andExpect(jsonPath("$.byProcedure[1].group").value("Cấp giấy phép môi trường"));
	}

	@Test
	void oneFieldAndAnEmptyPeriod() throws Exception {
		this.mvc
			.perform(get("/api/stats/dossiers").param("from", "2024-01-01")
				.param("to", "2024-12-31")
				.param("field", "Môi trường"))
			.andExpect(jsonPath("$.all.received").value(209))
			.andExpect(jsonPath("$.byField.length()").value(1));
		this.mvc.perform(get("/api/stats/dossiers").param("from", "2023-01-01").param("to", "2023-12-31"))
			.andExpect(jsonPath("$.all.received").value(0))
			.andExpect(jsonPath("$.all.onTimeRate").doesNotExist());
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsABadRequest() throws Exception {
		this.mvc.perform(get("/api/stats/dossiers").param("from", "2024-12-31").param("to", "2024-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid period"));
	}

}
