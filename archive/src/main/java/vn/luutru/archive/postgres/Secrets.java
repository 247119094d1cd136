package vn.luutru.archive.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

import vn.luutru.archive.process.ServiceFailed;

/**
 * The embedded server's generated passwords, one file each in {@code <data-dir>/secrets},
 * which only the archive's own user can read.
 */
final class Secrets {

	/** The password of the cluster's owner, which runs the migrations. */
	static final String OWNER = "postgres-password";

	/** The password of the role the application connects as. */
	static final String APPLICATION = "postgres-app-password";

	private final Path dir;

	Secrets(Path dir) {
		this.dir = dir;
	}

	/** A new random password, kept under the name. */
	String create(String name) {
		try {
			Files.createDirectories(this.dir);
			Files.setPosixFilePermissions(this.dir, PosixFilePermissions.fromString("rwx------"));
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			String secret = HexFormat.of().formatHex(random);
			Path file = this.dir.resolve(name);
			Files.writeString(file, secret, StandardCharsets.US_ASCII);
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			return secret;
		}
		catch (IOException ex) {
			throw new ServiceFailed("Cannot keep a PostgreSQL password under " + this.dir + ": " + ex.getMessage(), ex);
		}
	}

	/** The password kept under the name. */
	String read(String name) {
		try {
			return Files.readString(this.dir.resolve(name), StandardCharsets.US_ASCII).strip();
		}
		catch (IOException ex) {
			throw new ServiceFailed("Cannot read the embedded PostgreSQL password: " + ex.getMessage(), ex);
		}
	}

	/** The password kept under the name, made first if there is none yet. */
	String readOrCreate(String name) {
		return Files.isRegularFile(this.dir.resolve(name)) ? read(name) : create(name);
	}

}
