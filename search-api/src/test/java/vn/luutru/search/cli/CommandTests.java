package vn.luutru.search.cli;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.luutru.archive.commands.CommandLine;
import vn.luutru.archive.commands.Parsed;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web application's command table: what it takes and what it leaves to the worker.
 */
class CommandTests {

	@Test
	void serveIsTheDefault() {
		assertThat(Command.TABLE.parse("--server.port=9090"))
			.isEqualTo(new Parsed.Run(new CommandLine("serve", List.of(), List.of("--server.port=9090"))));
	}

	@Test
	void everyRoleIsAcceptedByItsStoredName() {
		for (String role : List.of("scanning-staff", "officer", "viewer", "administrator")) {
			assertThat(Command.TABLE.parse("add-user", "tt.hoa", role)).isInstanceOf(Parsed.Run.class);
		}
		assertThat(Command.TABLE.parse("add-user", "tt.hoa", "admin")).isInstanceOf(Parsed.Refused.class);
	}

	@Test
	void ingestionIsTheWorkersAndIsRefusedHere() {
		assertThat(Command.TABLE.parse("ingest", "/srv/scans")).isInstanceOf(Parsed.Refused.class);
		assertThat(Command.TABLE.parse("reindex")).isInstanceOf(Parsed.Refused.class);
		assertThat(Command.TABLE.parse("demo")).isInstanceOf(Parsed.Refused.class);
	}

	@Test
	void helpListsTheFiveCommands() {
		assertThat(Command.TABLE.help()).contains("luutru serve", "luutru add-user NAME ROLE",
				"luutru reset-password NAME", "luutru import-dossiers FILE", "luutru stop");
	}

	@Test
	void eachLineNamesItsCommand() {
		assertThat(Command.of(new CommandLine("reset-password", List.of("tt.hoa"), List.of())))
			.isEqualTo(Command.RESET_PASSWORD);
	}

}
