package vn.luutru.search.system;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.ElasticsearchClusterClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ElasticsearchHealthIndicatorTests {

	ElasticsearchClusterClient cluster = mock(ElasticsearchClusterClient.class);

	ElasticsearchHealthIndicator indicator = new ElasticsearchHealthIndicator(client());

	@Test
	void yellowSingleNodeIsUp() throws IOException {
		given(this.cluster.health()).willReturn(health(HealthStatus.Yellow));

		Health health = this.indicator.health(true);

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("status", "yellow").containsEntry("cluster", "luutru");
	}

	@Test
	void redClusterIsDown() throws IOException {
		given(this.cluster.health()).willReturn(health(HealthStatus.Red));

		assertThat(this.indicator.health(true).getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void unreachableClusterIsDown() throws IOException {
		given(this.cluster.health()).willThrow(new IOException("Connection refused"));

		assertThat(this.indicator.health(true).getStatus()).isEqualTo(Status.DOWN);
	}

	private ElasticsearchClient client() {
		ElasticsearchClient client = mock(ElasticsearchClient.class);
		given(client.cluster()).willReturn(this.cluster);
		return client;
	}

	private static HealthResponse health(HealthStatus status) {
		return HealthResponse.of((h) -> h.clusterName("luutru")
			.status(status)
			.numberOfNodes(1)
			.numberOfDataNodes(1)
			.activePrimaryShards(1)
			.activeShards(1)
			.activeShardsPercentAsNumber(100.0)
			.delayedUnassignedShards(0)
			.initializingShards(0)
			.numberOfInFlightFetch(0)
			.numberOfPendingTasks(0)
			.relocatingShards(0)
			.taskMaxWaitingInQueueMillis(0L)
			.timedOut(false)
			.unassignedShards(0)
			.unassignedPrimaryShards(0));
	}

}
