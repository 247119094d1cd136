package vn.luutru.archive.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes that survive a power cut: a file is written beside its final name, forced to the
 * disk, moved into place in one step, and the folder's new entry forced too. Only then
 * may the catalogue say the file exists.
 */
public final class Durable {

	private Durable() {
	}

	/**
	 * Moves a fully written temporary file onto its final name, durably.
	 * @param written the temporary file, in the target's folder
	 * @param target the final name
	 */
	public static void publish(Path written, Path target) throws IOException {
		force(written);
		Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		forceDirectory(target.getParent());
	}

	/**
	 * A new temporary file beside the target, with a name no other writer of the same
	 * target shares.
	 */
	public static Path partialFor(Path target) throws IOException {
		Files.createDirectories(target.getParent());
		return Files.createTempFile(target.getParent(), target.getFileName() + ".", ".partial");
	}

	/** Forces a file's bytes to the disk. */
	public static void force(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	/** Forces a folder's entries (a new or renamed file in it) to the disk. */
	public static void forceDirectory(Path dir) throws IOException {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// Some file systems cannot open a folder for syncing; the file itself is on
			// disk, and the rename is as durable as that file system makes it.
			if (!Files.isDirectory(dir)) {
				throw ex;
			}
		}
	}

}
