package vn.luutru.archive.watch;

import java.nio.file.Path;

/** A folder registered twice. */
public class FolderAlreadyWatched extends RuntimeException {

	FolderAlreadyWatched(Path folder) {
		super("Thư mục " + folder + " đã được theo dõi.");
	}

}
