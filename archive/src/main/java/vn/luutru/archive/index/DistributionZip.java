package vn.luutru.archive.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import vn.luutru.archive.process.ServiceFailed;

/**
 * An Elasticsearch distribution's zip unpacked into a folder: the embedded node's and the
 * system tests' external cluster's, so both unpack it the same way.
 */
public final class DistributionZip {

	private DistributionZip() {
	}

	/**
	 * Unpacks a zip into a folder, its scripts executable.
	 * @return the distribution's home: the folder named as the zip without {@code .zip}
	 * @throws ServiceFailed for an entry that would land outside the folder
	 */
	public static Path unpack(Path zip, Path into) throws IOException {
		Path folder = into.toAbsolutePath().normalize();
		Files.createDirectories(folder);
		try (ZipFile file = new ZipFile(zip.toFile())) {
			for (ZipEntry entry : Collections.list(file.entries())) {
				Path target = folder.resolve(entry.getName()).normalize();
				if (!target.startsWith(folder)) {
					throw new ServiceFailed("Refusing zip entry outside the target: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				try (InputStream in = file.getInputStream(entry)) {
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
				}
				// Zip entries carry no Unix mode through java.util.zip: scripts and
				// native launchers live in bin/.
				if (entry.getName().contains("/bin/")) {
					Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
				}
			}
		}
		return folder.resolve(zip.getFileName().toString().replaceFirst("\\.zip$", ""));
	}

}
