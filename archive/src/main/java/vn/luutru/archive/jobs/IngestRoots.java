package vn.luutru.archive.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The folders scans may be ingested from ({@code luutru.ingest.roots}), and the rule both
 * the web server and the workers apply before a job reads a folder: inside a root once
 * its symbolic links are resolved, and never the archive's own data directory, its stores
 * or a folder containing it. Whoever may start a job must not be able to make the server
 * read any file it can, nor feed the archive its own derivatives.
 */
public final class IngestRoots {

	/** The default root, under the data directory. */
	public static final String DEFAULT_FOLDER = "scans";

	/** What the archive writes under its data directory: never a root, never ingested. */
	private static final Set<String> STORES = Set.of("originals", "derivatives", "elasticsearch", "postgres", "workers",
			"uploads");

	private final List<Path> roots;

	private final Path dataDir;

	/**
	 * @throws IllegalArgumentException when a root is relative, is the data directory or
	 * lies in one of its stores
	 */
	public IngestRoots(List<Path> roots, Path dataDir) {
		this.dataDir = dataDir.toAbsolutePath().normalize();
		for (Path root : roots) {
			if (!root.isAbsolute()) {
				throw new IllegalArgumentException("luutru.ingest.roots must be absolute folders, not '" + root + "'");
			}
			if (inStores(root.normalize(), this.dataDir) || root.normalize().equals(this.dataDir)) {
				throw new IllegalArgumentException("luutru.ingest.roots: " + root
						+ " is the archive's own data; give a folder meant for scans, such as " + this.dataDir + "/"
						+ DEFAULT_FOLDER);
			}
		}
		this.roots = roots.stream().map(Path::normalize).toList();
	}

	/** The roots as configured, or the default one under the data directory. */
	public static IngestRoots of(IngestRootsProperties properties, Path dataDir) {
		List<Path> roots = properties.roots().isEmpty()
				? List.of(dataDir.toAbsolutePath().normalize().resolve(DEFAULT_FOLDER)) : properties.roots();
		return new IngestRoots(roots, dataDir);
	}

	/** The roots. */
	public List<Path> roots() {
		return this.roots;
	}

	/**
	 * The folder a person typed, if it may be ingested.
	 * @throws FolderRefused with the reason, when it may not
	 */
	public IngestFolder check(String typed) {
		try {
			return check(Path.of(typed.strip()));
		}
		catch (InvalidPathException ex) {
			throw new FolderRefused("Đường dẫn không hợp lệ: '" + typed + "'.");
		}
	}

	/**
	 * The folder, if it may be ingested.
	 * @throws FolderRefused with the reason, when it may not
	 */
	public IngestFolder check(Path folder) {
		// A relative path would resolve against the server's working directory, which
		// the caller cannot see.
		if (!folder.isAbsolute()) {
			throw new FolderRefused("Thư mục phải là đường dẫn tuyệt đối trên máy chủ, không phải '" + folder + "'.");
		}
		Path path = folder.normalize();
		// Outside the roots nothing is looked at: whether a server folder exists is not
		// for the caller to learn.
		if (this.roots.stream().noneMatch((root) -> path.startsWith(root) || path.startsWith(real(root)))) {
			throw new FolderRefused("Thư mục " + path + " nằm ngoài các thư mục được phép nhập (" + listed()
					+ "); quản trị viên đặt chúng trong luutru.ingest.roots.");
		}
		if (!Files.isDirectory(path)) {
			throw new FolderRefused("Không có thư mục " + path + " trên máy chủ.");
		}
		if (!Files.isReadable(path)) {
			throw new FolderRefused("Máy chủ không đọc được thư mục " + path + ".");
		}
		Path real = real(path);
		Path data = real(this.dataDir);
		// The innermost root decides: a scans root inside the data directory, under a
		// root
		// that holds the data directory, is still a scans root.
		Path root = this.roots.stream()
			.map(IngestRoots::real)
			.filter(real::startsWith)
			.max(Comparator.comparingInt(Path::getNameCount))
			.orElse(null);
		if (root == null) {
			throw new FolderRefused("Thư mục " + path
					+ " dẫn qua liên kết tượng trưng (symlink) ra ngoài thư mục được phép nhập; không nhập được.");
		}
		if (data.startsWith(real) && !data.equals(real)) {
			throw new FolderRefused("Thư mục " + path + " chứa thư mục dữ liệu của kho (" + this.dataDir
					+ "); hãy chọn một thư mục con chỉ chứa bản quét.");
		}
		// A root inside the data directory (its scans folder) is meant for scans; the
		// rest of the data directory is the archive's own.
		if (real.startsWith(data) && (root.equals(data) || !root.startsWith(data) || inStores(real, data))) {
			throw new FolderRefused("Thư mục " + path + " thuộc thư mục dữ liệu của kho (" + this.dataDir
					+ ": bản gốc, bản phái sinh, cơ sở dữ liệu); không nhập được từ đó.");
		}
		return new IngestFolder(real, root);
	}

	/**
	 * A job's file as staff see it and name it: relative to its ingest root (or, should
	 * the roots have changed since, to the job's folder, else only its name), never where
	 * it is on the server. The jobs page shows it; a retry of one file is asked by it.
	 */
	public Path shown(Path file, Path folder) {
		return relative(file).orElseGet(() -> (file.startsWith(folder) && !file.equals(folder))
				? folder.relativize(file) : Objects.requireNonNullElse(file.getFileName(), file))
			.normalize();
	}

	/** A file's path relative to the root it lies in, if it lies in one. */
	public Optional<Path> relative(Path file) {
		for (Path root : this.roots) {
			for (Path form : List.of(real(root), root)) {
				if (file.startsWith(form) && !file.equals(form)) {
					return Optional.of(form.relativize(file));
				}
			}
		}
		return Optional.empty();
	}

	private String listed() {
		return this.roots.stream().map(Path::toString).collect(Collectors.joining(", "));
	}

	private static boolean inStores(Path path, Path data) {
		return path.startsWith(data) && !path.equals(data)
				&& STORES.contains(data.relativize(path).getName(0).toString());
	}

	/** The path with its links resolved, or as it is when it does not exist (yet). */
	private static Path real(Path path) {
		try {
			return path.toRealPath();
		}
		catch (IOException ex) {
			return path;
		}
	}

}
