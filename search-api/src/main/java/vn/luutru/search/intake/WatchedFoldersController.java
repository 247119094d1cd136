package vn.luutru.search.intake;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.archive.watch.WatchedFolder;
import vn.luutru.archive.watch.WatchedFolders;
import vn.luutru.search.audit.AuditedAction;

/**
 * {@code /api/watched-folders}: the folders whose scans workers ingest as they arrive,
 * for administrators to register and remove. A folder is held to the rules of a folder a
 * job is started on (inside the ingest roots, not the archive's own data), with the same
 * reasons when refused.
 */
@RestController
@RequestMapping("/api/watched-folders")
class WatchedFoldersController {

	private final WatchedFolders folders;

	private final ApplicationEventPublisher events;

	WatchedFoldersController(WatchedFolders folders, ApplicationEventPublisher events) {
		this.folders = folders;
		this.events = events;
	}

	@GetMapping
	List<WatchedFolder> all() {
		return this.folders.all();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	WatchedFolder add(@RequestBody NewWatchedFolder request, Principal user) {
		if (request.folder() == null || request.folder().isBlank()) {
			throw new UploadRefused("Hãy nhập đường dẫn thư mục cần theo dõi.");
		}
		WatchedFolder added = this.folders.add(request.folder(), user.getName());
		this.events.publishEvent(new AuditedAction("watched-folder.add", "watched-folder", Long.toString(added.id()),
				null, Map.of("folder", added.folder().toString())));
		return added;
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable long id) {
		if (!this.folders.remove(id)) {
			throw new WatchedFolderNotFound(id);
		}
		this.events.publishEvent(
				new AuditedAction("watched-folder.remove", "watched-folder", Long.toString(id), null, Map.of()));
	}

}
