package vn.luutru.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary folders the archive's processes can read: run as root, the launcher runs them
 * as the unprivileged service user, who cannot enter JUnit's usual private ones. Scanning
 * staff's folders on a real server are readable by that user in the same way.
 */
final class ReadableTempDirs implements TempDirFactory {

	@Override
	public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
		return Files.createTempDirectory("luutru-system-",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
	}

}
