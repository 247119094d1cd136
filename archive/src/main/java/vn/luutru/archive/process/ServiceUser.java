package vn.luutru.archive.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.sun.security.auth.module.UnixSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account an embedded service process runs as.
 *
 * <p>
 * Elasticsearch and PostgreSQL both refuse to start as root, and rightly so. When the
 * archive itself runs as root (as it does on the department's build machines), service
 * commands are wrapped in {@code runuser -u <serviceUser> --} and their directories are
 * handed to that user; otherwise they run as the current user unchanged. No service is
 * ever started with a flag that weakens its own defaults.
 */
public final class ServiceUser {

	private static final Logger log = LoggerFactory.getLogger(ServiceUser.class);

	private final String name;

	private final boolean root;

	private ServiceUser(String name, boolean root) {
		this.name = name;
		this.root = root;
	}

	/**
	 * Decides how to run services for this process; when running as root, makes sure the
	 * unprivileged account exists.
	 * @param serviceUser the unprivileged account to use when running as root
	 * @return the service user
	 * @throws ServiceFailed when running as root and the account cannot be created
	 */
	public static ServiceUser forCurrentProcess(String serviceUser) {
		boolean root = new UnixSystem().getUid() == 0;
		ServiceUser user = new ServiceUser(serviceUser, root);
		if (root) {
			user.ensureAccountExists();
		}
		return user;
	}

	/** Whether commands are wrapped to run as another user. */
	public boolean switchesUser() {
		return this.root;
	}

	/** The wrapped command line. */
	public List<String> command(List<String> command) {
		if (!this.root) {
			return command;
		}
		List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", this.name, "--"));
		wrapped.addAll(command);
		return wrapped;
	}

	/**
	 * Hands a directory tree to the service user and checks the user can reach it.
	 * @param dir the directory, created if missing
	 * @throws ServiceFailed when the user cannot write there, typically because a parent
	 * directory is private (such as {@code /root})
	 */
	public void own(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new ServiceFailed("Cannot create " + dir + ": " + ex.getMessage(), ex);
		}
		if (!this.root) {
			return;
		}
		Commands.run(List.of("chown", "-R", this.name + ":", dir.toString()), null);
		if (Commands.exitCode(command(List.of("test", "-w", dir.toString()))) != 0) {
			throw new ServiceFailed("The service user '" + this.name + "' cannot write to " + dir
					+ ": a parent directory is private. Set luutru.data-dir to a directory other users can reach "
					+ "(for example /var/lib/luutru or /srv/luutru).");
		}
	}

	private void ensureAccountExists() {
		if (Commands.exitCode(List.of("id", "-u", this.name)) == 0) {
			return;
		}
		log.info("Creating the unprivileged system user '{}' for the embedded services", this.name);
		Commands.run(List.of("useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
				"--shell", "/usr/sbin/nologin", this.name), null);
	}

	@Override
	public String toString() {
		return this.root ? this.name + " (via runuser)" : System.getProperty("user.name", "current user");
	}

}
