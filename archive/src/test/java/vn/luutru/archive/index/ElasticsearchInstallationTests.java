package vn.luutru.archive.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.archive.process.ServiceFailed;
import vn.luutru.archive.process.ServiceUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ElasticsearchInstallationTests {

	@TempDir
	Path root;

	@Test
	void aProcessWithoutTheDistributionStillFindsTheRunningNode() throws IOException {
		ElasticsearchInstallation installation = new ElasticsearchInstallation(this.root,
				new ElasticsearchProperties.Embedded(null, 9201, 9301, "1g", null),
				ServiceUser.forCurrentProcess("luutru"), "luutru-archive");
		Files.createDirectories(installation.pidFile().getParent());
		Files.writeString(installation.pidFile(), Long.toString(ProcessHandle.current().pid()));

		assertThat(installation.runningPid()).contains(ProcessHandle.current().pid());
	}

	@Test
	void startingANodeNeedsTheDistribution() {
		ElasticsearchInstallation installation = new ElasticsearchInstallation(this.root,
				new ElasticsearchProperties.Embedded(null, 9201, 9301, "1g", null),
				ServiceUser.forCurrentProcess("luutru"), "luutru-archive");

		assertThatExceptionOfType(ServiceFailed.class).isThrownBy(installation::prepare)
			.withMessageContaining("luutru.elasticsearch.embedded.distribution");
	}

}
