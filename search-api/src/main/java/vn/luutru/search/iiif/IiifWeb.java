package vn.luutru.search.iiif;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Opens {@value #PATHS} to every origin for reading: external IIIF viewers (Mirador,
 * Universal Viewer) load manifests, {@code info.json} and tiles from their own pages,
 * which the browser only allows with {@code Access-Control-Allow-Origin: *}.
 *
 * <p>
 * Security wiring: {@link #PATHS} is the request matcher of everything this package
 * serves. Whoever adds authentication decides whether it is public or needs a session;
 * with a session, the CORS answer must then name origins instead of {@code *}.
 */
@Configuration(proxyBeanMethods = false)
public class IiifWeb implements WebMvcConfigurer {

	/** Every IIIF endpoint, as an Ant/{@code PathPattern} matcher. */
	public static final String PATHS = "/iiif/**";

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping(PATHS).allowedOrigins("*").allowedMethods("GET", "HEAD").maxAge(86400);
	}

}
