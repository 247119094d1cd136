package vn.luutru.archive.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded stores' generated passwords, one file each in {@code <data-dir>/secrets},
 * which only the archive's own user can read.
 */
public final class Secrets {

	/** The password of the PostgreSQL cluster's owner, which runs the migrations. */
	public static final String POSTGRES_OWNER = "postgres-password";

	/** The password of the PostgreSQL role the application connects as. */
	public static final String POSTGRES_APPLICATION = "postgres-app-password";

	/** The password of the embedded Elasticsearch node's archive user. */
	public static final String ELASTICSEARCH = "elasticsearch-password";

	private final Path dir;

	/** The secrets kept in a data directory. */
	public static Secrets of(Path dataDir) {
		return new Secrets(dataDir.resolve("secrets"));
	}

	private Secrets(Path dir) {
		this.dir = dir;
	}

	/** A new random password, kept under the name. */
	public String create(String name) {
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
			throw new ServiceFailed("Cannot keep a password under " + this.dir + ": " + ex.getMessage(), ex);
		}
	}

	/** The password kept under the name. */
	public String read(String name) {
		try {
			return Files.readString(this.dir.resolve(name), StandardCharsets.US_ASCII).strip();
		}
		catch (IOException ex) {
			throw new ServiceFailed("Cannot read the password " + name + ": " + ex.getMessage(), ex);
		}
	}

	/** Whether a password is kept under the name. */
	public boolean has(String name) {
		return Files.isRegularFile(this.dir.resolve(name));
	}

	/** The password kept under the name, made first if there is none yet. */
	public String readOrCreate(String name) {
		return has(name) ? read(name) : create(name);
	}

}
