package vn.luutru.search.monitoring;

import java.util.function.ToIntFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import vn.luutru.archive.index.ElasticsearchConnections;
import vn.luutru.archive.index.ElasticsearchConnections.Snapshot;

/**
 * The web server's pool of connections to Elasticsearch, beside Spring Boot's gauges of
 * the PostgreSQL pool ({@code hikaricp_connections_*}): requests waiting for a connection
 * while every one is leased mean searches queue in the server, not in Elasticsearch.
 */
@Component
class ElasticsearchMeters implements MeterBinder {

	private final ElasticsearchConnections connections;

	ElasticsearchMeters(ElasticsearchConnections connections) {
		this.connections = connections;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		state(registry, "leased", Snapshot::leased);
		state(registry, "available", Snapshot::available);
		state(registry, "pending", Snapshot::pending);
		Gauge.builder("luutru.elasticsearch.connections.max", this.connections, (c) -> c.now().max())
			.description("The most connections to Elasticsearch the pool opens")
			.register(registry);
	}

	private void state(MeterRegistry registry, String state, ToIntFunction<Snapshot> value) {
		Gauge.builder("luutru.elasticsearch.connections", this.connections, (c) -> value.applyAsInt(c.now()))
			.description("Connections to Elasticsearch: leased to a request, available (idle, kept alive), "
					+ "pending (requests waiting for one)")
			.tag("state", state)
			.register(registry);
	}

}
