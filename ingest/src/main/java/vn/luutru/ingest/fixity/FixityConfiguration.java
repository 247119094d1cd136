package vn.luutru.ingest.fixity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.luutru.archive.fixity.Fixity;

/**
 * The fixity schedule, made in every context of the worker application and started by the
 * worker command alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FixityProperties.class)
class FixityConfiguration {

	@Bean
	FixitySchedule fixitySchedule(Fixity fixity, FixityProperties properties, JdbcTemplate jdbc) {
		return new FixitySchedule(fixity, properties, jdbc);
	}

}
