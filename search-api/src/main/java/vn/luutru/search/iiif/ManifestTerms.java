package vn.luutru.search.iiif;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.luutru.search.iiif.Presentation.About;
import vn.luutru.search.iiif.Presentation.Agent;
import vn.luutru.search.iiif.Presentation.Metadata;
import vn.luutru.search.iiif.Presentation.Resource;

import static vn.luutru.search.iiif.Presentation.vi;

/**
 * Who holds the archive's documents and on what terms, as every manifest states it
 * ({@code requiredStatement}, {@code rights}, {@code provider}), from
 * {@link IiifProperties}.
 */
@Component
class ManifestTerms {

	private final IiifProperties properties;

	ManifestTerms(IiifProperties properties) {
		this.properties = properties;
	}

	/**
	 * @param base the application's absolute URL, standing for a department without a
	 * site
	 */
	About about(String base) {
		IiifProperties.Provider provider = this.properties.provider();
		String homepage = provider.homepage().isBlank() ? null : provider.homepage();
		List<Resource> homepages = (homepage != null)
				? List.of(Resource.link(homepage, "Text", provider.name(), "text/html")) : List.of();
		return new About(new Metadata(vi("Quyền sử dụng"), vi(this.properties.attribution())), this.properties.rights(),
				List.of(new Agent((homepage != null) ? homepage : base + "/", vi(provider.name()), homepages)));
	}

}
