package vn.luutru.search.system;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Any feature's {@link ProblemException} is answered with the problem it names, with no
 * handler of the feature's own.
 */
class ProblemExceptionHandlerTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ShelvesController())
		.setControllerAdvice(new ProblemExceptionHandler())
		.build();

	@Test
	void answersTheProblemTheExceptionNames() throws Exception {
		this.mvc.perform(get("/api/shelves/12"))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("tag:luutru,2025:problem/shelf-full"))
			.andExpect(jsonPath("$.title").value("Shelf full"))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.detail").value("Kệ 12 đã đầy."))
			.andExpect(jsonPath("$.instance").value("/api/shelves/12"));
	}

	@RestController
	static class ShelvesController {

		@GetMapping("/api/shelves/12")
		void shelve() {
			throw new ShelfFull();
		}

	}

	static class ShelfFull extends ProblemException {

		ShelfFull() {
			super(HttpStatus.CONFLICT, "shelf-full", "Shelf full", "Kệ 12 đã đầy.");
		}

	}

}
