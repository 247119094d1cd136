package vn.luutru.archive.index;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.SSLContext;

import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.pool.PoolStats;
import org.jspecify.annotations.Nullable;

/**
 * The Elasticsearch client's pool of HTTP connections, kept where its state can be read.
 * The client builds its pool out of reach, so the archive builds the low-level client
 * itself the way the client does (hosts, authorization header, TLS) and keeps a pool made
 * by the client's own pool builder, with the client's defaults: 10 connections per node,
 * 30 in all. It also keeps the low-level client it built, the one handle to that client
 * for whatever the typed client cannot ask (see {@link ShapeSupport}), so that nothing
 * reaches into the client's transport for a second one.
 */
public final class ElasticsearchConnections {

	private volatile @Nullable PoolingAsyncClientConnectionManager pool;

	private volatile @Nullable Rest5Client lowLevel;

	/** The connections now: leased to requests, idle, requests waiting, at most. */
	public Snapshot now() {
		PoolingAsyncClientConnectionManager current = this.pool;
		if (current == null) {
			return new Snapshot(0, 0, 0, 0);
		}
		PoolStats total = current.getTotalStats();
		return new Snapshot(total.getLeased(), total.getAvailable(), total.getPending(), total.getMax());
	}

	/**
	 * A low-level client over this pool.
	 * @param hosts the nodes
	 * @param authorization the value of the {@code Authorization} header, or null
	 * @param ssl the TLS context, or null for the JVM's
	 */
	Rest5Client client(List<URI> hosts, @Nullable String authorization, @Nullable SSLContext ssl) {
		Rest5ClientBuilder builder = Rest5Client.builder(hosts)
			// Built once more from the same builder: the client's own is replaced below.
			.setConnectionManagerCallback((manager) -> this.pool = manager.build())
			.setHttpClientConfigCallback((http) -> http.setConnectionManager(this.pool));
		if (authorization != null) {
			builder.setDefaultHeaders(new Header[] { new BasicHeader("Authorization", authorization) });
		}
		if (ssl != null) {
			builder.setSSLContext(ssl);
		}
		Rest5Client built = builder.build();
		this.lowLevel = built;
		return built;
	}

	/**
	 * The low-level client over this pool, the one the typed client's transport wraps;
	 * null before {@link #client} has built it.
	 */
	@Nullable Rest5Client lowLevel() {
		return this.lowLevel;
	}

	static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static String apiKey(String key) {
		return "ApiKey " + key;
	}

	/**
	 * The pool's state.
	 *
	 * @param leased connections carrying a request
	 * @param available idle connections kept alive for the next request
	 * @param pending requests waiting for a connection
	 * @param max the most connections the pool opens
	 */
	public record Snapshot(int leased, int available, int pending, int max) {
	}

}
