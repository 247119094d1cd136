package vn.luutru.ingest.worker;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkerCommandTests {

	@Test
	void withNoCommandTheProcessIsAWorker() {
		WorkerCommand command = WorkerCommand.parse(new String[] { "--luutru.data-dir=/var/lib/luutru" });

		assertThat(command.name()).isEqualTo("worker");
		assertThat(command.operands()).isEmpty();
		assertThat(command.options()).containsExactly("--luutru.data-dir=/var/lib/luutru");
	}

	@Test
	void ingestTakesOneFolderAndOptionsMayStandAnywhere() {
		WorkerCommand command = WorkerCommand
			.parse(new String[] { "--luutru.ocr.workers=2", "INGEST", "/srv/scans/2025-06", "--server.port=0" });

		assertThat(command.name()).isEqualTo("ingest");
		assertThat(command.operands()).containsExactly("/srv/scans/2025-06");
		assertThat(command.options()).containsExactly("--luutru.ocr.workers=2", "--server.port=0");
	}

	@Test
	void wrongOperandsAndUnknownCommandsSayHowToCallIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkerCommand.parse(new String[] { "ingest" }))
			.withMessage("Usage: luutru ingest <folder>");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WorkerCommand.parse(new String[] { "ingest", "/a", "/b" }))
			.withMessage("Usage: luutru ingest <folder>");
		assertThatIllegalArgumentException().isThrownBy(() -> WorkerCommand.parse(new String[] { "reindex", "now" }))
			.withMessageStartingWith("Usage: luutru reindex");
		assertThatIllegalArgumentException().isThrownBy(() -> WorkerCommand.parse(new String[] { "serve" }))
			.withMessage(
					"Unknown command 'serve'; expected one of [worker, ingest, retry, resume, reindex, reocr, fixity, backup, restore]");
		assertThatIllegalArgumentException().isThrownBy(() -> WorkerCommand.parse(new String[] { "retry", "bảy" }))
			.withMessage("Usage: luutru retry <job> [file]");
		assertThatIllegalArgumentException().isThrownBy(() -> WorkerCommand.parse(new String[] { "resume" }))
			.withMessage("Usage: luutru resume <job>");
		assertThat(WorkerCommand.parse(new String[] { "retry", "7", "2025-06/hong.pdf" }).operands())
			.containsExactly("7", "2025-06/hong.pdf");
		assertThatIllegalArgumentException().isThrownBy(() -> WorkerCommand.parse(new String[] { "reocr" }))
			.withMessage("Usage: luutru reocr <document-id>");
		assertThatIllegalArgumentException().isThrownBy(() -> WorkerCommand.parse(new String[] { "backup" }))
			.withMessage("Usage: luutru backup <dir>");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WorkerCommand.parse(new String[] { "restore", "/a", "/b" }))
			.withMessage("Usage: luutru restore <dir>");
	}

}
