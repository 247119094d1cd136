package vn.luutru.search.iiif;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.search.SignedIn;
import vn.luutru.search.users.SecurityProperties;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public IIIF lets a shared cache keep tiles, but never those of a page with personal
 * data: whoever may see them got them, and the next one asking may not.
 */
@Import(SignedIn.class)
@EnableConfigurationProperties(SecurityProperties.class)
@WebMvcTest(controllers = IiifController.class, properties = "luutru.security.public-iiif=true")
class IiifPersonalDataCachingTests extends IiifControllerSlice {

	@Test
	void aTileOfAPageWithPersonalDataStaysPrivateWhenIiifIsPublic() throws Exception {
		everyTileIsAJpeg();
		given(this.personalPages.holdsPersonalData(DocumentId.of(ID), 1)).willReturn(true);

		getTile(1).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=31536000, private, immutable"));
		getTile(2).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
	}

}
