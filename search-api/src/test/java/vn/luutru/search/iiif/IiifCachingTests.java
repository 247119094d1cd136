package vn.luutru.search.iiif;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

import vn.luutru.search.SignedIn;
import vn.luutru.search.users.SecurityProperties;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tiles of an archive whose IIIF is not public are signed-in responses: no shared cache
 * in front of the archive may keep them ({@code IiifIntegrationTests} covers the public
 * case).
 */
@Import(SignedIn.class)
@EnableConfigurationProperties(SecurityProperties.class)
@WebMvcTest(IiifController.class)
class IiifCachingTests extends IiifControllerSlice {

	@Test
	void aTileOfAPrivateArchiveIsPrivate() throws Exception {
		everyTileIsAJpeg();

		getTile(1).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=31536000, private, immutable"));
	}

}
