package vn.luutru.search.users;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/users}, for administrators: list, create, change role or password, disable.
 * Users are never deleted: the audit log keeps naming them.
 */
@RestController
class UsersController {

	private final UserService service;

	UsersController(UserService service) {
		this.service = service;
	}

	@GetMapping("/api/users")
	List<UserAccount> all() {
		return this.service.all();
	}

	@GetMapping("/api/users/{username}")
	UserAccount one(@PathVariable String username) {
		return this.service.find(username);
	}

	@PostMapping("/api/users")
	ResponseEntity<CreatedUser> create(@RequestBody NewUser request) {
		CreatedUser created = this.service.create(request);
		return ResponseEntity.created(URI.create("/api/users/" + created.account().username())).body(created);
	}

	@PatchMapping("/api/users/{username}")
	UserAccount change(@PathVariable String username, @RequestBody UserChange change) {
		return this.service.change(username, change);
	}

}
