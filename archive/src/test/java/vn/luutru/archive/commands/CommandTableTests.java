package vn.luutru.archive.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** How a command line is read against an application's usage table. */
class CommandTableTests {

	static final CommandTable TABLE = new CommandTable("luutru", "serve",
			List.of(new Usage("serve", List.of(), "serve the API and the web pages"), new Usage("add-user",
					List.of(Operand.any("NAME"), Operand.oneOf("ROLE", List.of("officer", "viewer"))), "add a user"),
					new Usage("import-dossiers", List.of(Operand.readableFile("FILE")), "import a one-stop export"),
					new Usage("stop", List.of(), "stop everything")));

	@TempDir
	Path dir;

	@Test
	void noWordRunsTheDefaultCommandWithTheOptionsForSpring() {
		assertThat(TABLE.parse("--server.port=9090"))
			.isEqualTo(new Parsed.Run(new CommandLine("serve", List.of(), List.of("--server.port=9090"))));
	}

	@Test
	void optionsMayComeAnywhereAndOperandsKeepTheirOrder() {
		Parsed parsed = TABLE.parse("--luutru.data-dir=/srv/luutru", "add-user", "tt.hoa", "--debug", "officer");
		assertThat(parsed).isEqualTo(new Parsed.Run(new CommandLine("add-user", List.of("tt.hoa", "officer"),
				List.of("--luutru.data-dir=/srv/luutru", "--debug"))));
	}

	@Test
	void theCommandWordIsNotCaseSensitive() {
		assertThat(TABLE.parse("STOP")).isEqualTo(new Parsed.Run(new CommandLine("stop", List.of(), List.of())));
	}

	@Test
	void anUnknownCommandIsRefusedNamingTheKnownOnes() {
		assertThat(TABLE.parse("frobnicate")).isEqualTo(new Parsed.Refused(
				"Không có lệnh 'frobnicate'. Các lệnh: serve, add-user, import-dossiers, stop (luutru help)"));
	}

	@Test
	void aMissingOperandIsRefusedWithTheCommandsSynopsis() {
		assertThat(TABLE.parse("add-user", "tt.hoa"))
			.isEqualTo(new Parsed.Refused("Thiếu ROLE. Cách dùng: luutru add-user NAME ROLE"));
	}

	@Test
	void anExtraOperandIsRefusedWithTheCommandsSynopsis() {
		assertThat(TABLE.parse("stop", "now")).isEqualTo(new Parsed.Refused("Thừa 'now'. Cách dùng: luutru stop"));
	}

	@Test
	void anOperandOutsideItsValuesIsRefusedNamingThem() {
		assertThat(TABLE.parse("add-user", "tt.hoa", "boss")).isEqualTo(new Parsed.Refused(
				"ROLE 'boss' không hợp lệ: phải là officer hoặc viewer. Cách dùng: luutru add-user NAME ROLE"));
	}

	@Test
	void aFileOperandMustBeAReadableFile() throws Exception {
		Path export = Files.writeString(this.dir.resolve("export.csv"), "Mã hồ sơ\n");
		assertThat(TABLE.parse("import-dossiers", export.toString())).isInstanceOf(Parsed.Run.class);
		assertThat(TABLE.parse("import-dossiers", this.dir.resolve("missing.csv").toString()))
			.isEqualTo(new Parsed.Refused("FILE '" + this.dir.resolve("missing.csv") + "' không phải tệp đọc được."
					+ " Cách dùng: luutru import-dossiers FILE"));
		assertThat(TABLE.parse("import-dossiers", this.dir.toString())).isInstanceOf(Parsed.Refused.class);
	}

	@Test
	void helpIsAskedForByWordOrOption() {
		assertThat(TABLE.parse("help")).isEqualTo(new Parsed.Help());
		assertThat(TABLE.parse("--help")).isEqualTo(new Parsed.Help());
		assertThat(TABLE.parse("-h")).isEqualTo(new Parsed.Help());
		assertThat(TABLE.parse("add-user", "--help")).isEqualTo(new Parsed.Help());
	}

	@Test
	void helpListsEveryCommandWithItsOperandsAndTheExitStatuses() {
		assertThat(TABLE.help()).contains("luutru serve", "(default)", "luutru add-user NAME ROLE", "add a user",
				"luutru import-dossiers FILE", "luutru stop", "--key=value", "0  ", "1  ", "2  ");
		assertThat(TABLE.help().lines().filter((line) -> line.contains("luutru add-user NAME ROLE"))).hasSize(1);
	}

}
