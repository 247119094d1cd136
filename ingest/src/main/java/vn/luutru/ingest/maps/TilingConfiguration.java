package vn.luutru.ingest.maps;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The map tiler, configured by {@code luutru.tiling.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ TilingProperties.class, PageTilesProperties.class })
class TilingConfiguration {

	/** libvips when installed (and not configured away), the Java tiler otherwise. */
	@Bean
	Tiler tiler(TilingProperties properties) {
		return Tilers.of(properties);
	}

}
