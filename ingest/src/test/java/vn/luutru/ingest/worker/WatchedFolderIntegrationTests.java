package vn.luutru.ingest.worker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.index.PageEntry;
import vn.luutru.archive.watch.FolderWatcher;
import vn.luutru.archive.watch.WatchedFolder;
import vn.luutru.archive.watch.WatchedFolders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Watched folders against the real stores and a real worker: what is copied there is
 * searched for without anyone starting a job, once its copy has ended.
 */
@SpringBootTest(classes = WorkerAgainstStores.Work.class, properties = { "spring.batch.job.enabled=false",
		"luutru.watch.poll-interval=200ms", "luutru.watch.quiet-period=1500ms" })
class WatchedFolderIntegrationTests extends WorkerAgainstStores {

	@Autowired
	WatchedFolders folders;

	@Autowired
	FolderWatcher watcher;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ArchiveIndex index;

	private Worker worker;

	@BeforeEach
	void startWorker() {
		this.worker = worker();
		this.worker.start();
	}

	@AfterEach
	void stop() {
		this.watcher.stop();
		this.worker.stop();
	}

	@Test
	void aScanCopiedIntoAWatchedFolderIsSearchableWithoutAnyoneStartingAJob() throws Exception {
		Path folder = Files.createDirectories(work.resolve("tiep-nhan-1"));
		this.folders.add(folder.toString(), "admin");
		this.watcher.start();

		letterAbout(folder.resolve("cong-van-khoang.pdf"), "khoangsan");

		assertThat(awaitPages("khoangsan")).containsExactly("cong-van-khoang.pdf#1");
		// Later rounds do not take it again.
		Thread.sleep(1000);
		assertThat(takenRows(folder)).isEqualTo(1);
	}

	@Test
	void aScanCopiedWhileTheArchiveWasStoppedIsIngestedWhenItStarts() throws Exception {
		Path folder = Files.createDirectories(work.resolve("tiep-nhan-2"));
		this.folders.add(folder.toString(), "admin");
		letterAbout(folder.resolve("to-trinh-luc-dung.pdf"), "thuyloi");
		Files.setLastModifiedTime(folder.resolve("to-trinh-luc-dung.pdf"),
				java.nio.file.attribute.FileTime.from(Instant.now().minus(Duration.ofHours(2))));

		this.watcher.start();

		assertThat(awaitPages("thuyloi")).containsExactly("to-trinh-luc-dung.pdf#1");
	}

	@Test
	void aFileStillBeingCopiedIsNotReadUntilItsCopyHasEnded() throws Exception {
		Path folder = Files.createDirectories(work.resolve("tiep-nhan-3"));
		WatchedFolder watched = this.folders.add(folder.toString(), "admin");
		Path whole = letterAbout(work.resolve("ban-goc.pdf"), "lamnghiep");
		byte[] bytes = Files.readAllBytes(whole);
		Path copy = folder.resolve("quyet-dinh-lam-nghiep.pdf");
		this.watcher.start();

		// Written a little at a time over three quiet periods, as a slow share copies.
		int chunks = 12;
		try (OutputStream out = Files.newOutputStream(copy, StandardOpenOption.CREATE_NEW)) {
			for (int i = 0; i < chunks; i++) {
				int from = bytes.length * i / chunks;
				out.write(bytes, from, bytes.length * (i + 1) / chunks - from);
				out.flush();
				Thread.sleep(400);
				assertThat(takenRows(folder)).as("taken while still growing, after chunk " + i).isZero();
			}
		}

		assertThat(awaitPages("lamnghiep")).containsExactly("quyet-dinh-lam-nghiep.pdf#1");
		String sha256 = this.jdbc.sql("SELECT sha256 FROM documents WHERE file_name = ?")
			.param("quyet-dinh-lam-nghiep.pdf")
			.query(String.class)
			.single();
		assertThat(sha256).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
		assertThat(this.folders.find(watched.id()).orElseThrow().filesTaken()).isEqualTo(1);
	}

	private long takenRows(Path folder) throws IOException {
		return this.jdbc.sql("""
				SELECT count(*) FROM watched_files f JOIN watched_folders w ON w.id = f.folder_id
				WHERE w.folder = ?""").param(folder.toRealPath().toString()).query(Long.class).single();
	}

	private List<String> awaitPages(String word) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (true) {
			List<String> found = found(word);
			if (!found.isEmpty() || Instant.now().isAfter(deadline)) {
				return found;
			}
			Thread.sleep(300);
		}
	}

	private List<String> found(String word) throws IOException {
		try {
			this.client.indices().refresh((r) -> r.index(this.index.alias()));
			return this.client.search(
					(s) -> s.index(this.index.alias())
						.query((q) -> q.bool((b) -> b.filter((f) -> f.term((t) -> t.field("entry").value("page")))
							.must((m) -> m.multiMatch(
									(mm) -> mm.query(word).fields("text", "text.folded").operator(Operator.And))))),
					PageEntry.class)
				.hits()
				.hits()
				.stream()
				.map((hit) -> hit.source().fileName() + "#" + hit.source().page())
				.toList();
		}
		catch (co.elastic.clients.elasticsearch._types.ElasticsearchException ex) {
			// No index before the first job creates it.
			return List.of();
		}
	}

	/** A one-page letter with a text layer and this word in it: read without OCR. */
	private static Path letterAbout(Path file, String word) throws IOException {
		return letter(file, "CONG VAN ve viec " + word + " tai tinh, so 12/STNMT");
	}

}
