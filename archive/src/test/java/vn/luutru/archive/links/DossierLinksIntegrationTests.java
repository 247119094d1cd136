package vn.luutru.archive.links;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dossier links as a reindex reads them from the real PostgreSQL: the links of documents,
 * and the documents whose links a transaction changed after a moment, including one that
 * began before the moment and committed after it.
 */
@SpringBootTest(classes = DossierLinksIntegrationTests.Stores.class)
class DossierLinksIntegrationTests {

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "stores");
	}

	@Autowired
	DossierLinks links;

	@Autowired
	Documents documents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void theLinksOfDocumentsAreTheirDossiersCodesFieldsAndProcedures() {
		String attached = document();
		String alone = document();
		String code = dossier("Đất đai", "Thuê đất");
		attach(code, attached);

		assertThat(this.links.of(List.of(attached, alone))).containsOnlyKeys(attached)
			.containsEntry(attached, new ArchiveEntry.Links(List.of(code), List.of("Đất đai"), List.of("Thuê đất")));
	}

	@Test
	void attachingDetachingAndRenamingALinkedDossiersFieldAreChangesAfterTheMoment() {
		String before = document();
		String attachedAfter = document();
		String detachedAfter = document();
		String renamedAfter = document();
		String code = dossier("Đất đai", "Thuê đất");
		String renamed = dossier("Môi trường", "Cấp phép");
		attach(code, before);
		attach(code, detachedAfter);
		attach(renamed, renamedAfter);
		String moment = this.links.now();

		attach(code, attachedAfter);
		this.jdbc.sql("DELETE FROM dossier_documents WHERE document_id = ?").param(detachedAfter).update();
		this.jdbc.sql("UPDATE dossiers SET field = 'Tài nguyên nước' WHERE code = ?").param(renamed).update();

		assertThat(this.links.changedAfter(moment)).contains(attachedAfter, detachedAfter, renamedAfter)
			.doesNotContain(before);
	}

	@Test
	void aTransactionRunningAtTheMomentIsAfterItAndIsAwaited() throws Exception {
		String document = document();
		String code = dossier("Đất đai", "Thuê đất");
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		// An officer's attach: its own transaction, still open while the moment is taken.
		CompletableFuture<Void> attaching = CompletableFuture.runAsync(() -> {
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(false);
				try (PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO dossier_documents (dossier_code, document_id, attached_at) VALUES (?, ?, now())")) {
					insert.setString(1, code);
					insert.setString(2, document);
					insert.executeUpdate();
				}
				written.countDown();
				await(release);
				connection.commit();
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		written.await();
		String moment = this.links.now();

		assertThat(this.links.awaitWritersOfNow(Duration.ofMillis(200))).isFalse();
		release.countDown();
		assertThat(this.links.awaitWritersOfNow(Duration.ofSeconds(10))).isTrue();
		attaching.join();
		assertThat(this.links.changedAfter(moment)).contains(document);
	}

	private String document() {
		byte[] bytes = new byte[32];
		ThreadLocalRandom.current().nextBytes(bytes);
		String sha256 = HexFormat.of().formatHex(bytes);
		DocumentId id = DocumentId.fromSha256(sha256);
		this.documents.add(new CatalogedDocument(id, sha256, "qd.pdf", Path.of("/scans/qd.pdf"), Path.of("/o/qd.pdf"),
				"application/pdf", 10, 1, "Quyết định", "text-layer", Instant.now(), 1));
		return id.value();
	}

	private String dossier(String field, String procedure) {
		String code = "000.00.12.H13-" + ThreadLocalRandom.current().nextInt(100000, 999999) + "-0001";
		this.jdbc.sql("""
				INSERT INTO dossiers (code, procedure_name, field, status, imported_at, updated_at)
				VALUES (?, ?, ?, 'received', now(), now())""").params(code, procedure, field).update();
		return code;
	}

	private void attach(String code, String document) {
		this.jdbc.sql("INSERT INTO dossier_documents (dossier_code, document_id, attached_at) VALUES (?, ?, now())")
			.params(code, document)
			.update();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Stores {

	}

}
