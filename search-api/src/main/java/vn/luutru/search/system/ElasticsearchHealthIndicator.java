package vn.luutru.search.system;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Reports Elasticsearch as the {@code elasticsearch} health component: down when the
 * cluster cannot be reached or is red, up when it is green or yellow (a single node never
 * allocates replicas, so yellow is its normal state).
 */
@Component
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

	private final ElasticsearchClient client;

	ElasticsearchHealthIndicator(ElasticsearchClient client) {
		super("Elasticsearch health check failed");
		this.client = client;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		HealthResponse health = this.client.cluster().health();
		if (health.status() == HealthStatus.Red) {
			builder.down();
		}
		else {
			builder.up();
		}
		builder.withDetail("cluster", health.clusterName())
			.withDetail("status", health.status().jsonValue())
			.withDetail("nodes", health.numberOfNodes());
	}

}
