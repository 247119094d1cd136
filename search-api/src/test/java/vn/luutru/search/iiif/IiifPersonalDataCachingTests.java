package vn.luutru.search.iiif;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.search.SignedIn;
import vn.luutru.search.documents.PersonalPages;
import vn.luutru.search.users.SecurityProperties;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public IIIF lets a shared cache keep tiles, but never those of a page with personal
 * data: whoever may see them got them, and the next one asking may not.
 */
@Import(SignedIn.class)
@EnableConfigurationProperties(SecurityProperties.class)
@WebMvcTest(controllers = IiifController.class, properties = "luutru.security.public-iiif=true")
class IiifPersonalDataCachingTests {

	static final String ID = "0123456789abcdef01234567";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PageTiles tiles;

	@MockitoBean
	Manifests manifests;

	@MockitoBean
	WholeImages wholeImages;

	@MockitoBean
	ContentSearch search;

	@MockitoBean
	PersonalPages personalPages;

	@TempDir
	Path dir;

	@Test
	void aTileOfAPageWithPersonalDataStaysPrivateWhenIiifIsPublic() throws Exception {
		Path tile = Files.write(this.dir.resolve("default.jpg"), new byte[] { (byte) 0xFF, (byte) 0xD8 });
		given(this.tiles.file(any(), anyInt(), any())).willReturn(tile);
		given(this.personalPages.holdsPersonalData(DocumentId.of(ID), 1)).willReturn(true);

		this.mvc.perform(get("/iiif/{id}/1/0,0,512,512/512,/0/default.jpg", ID))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=31536000, private, immutable"));
		this.mvc.perform(get("/iiif/{id}/2/0,0,512,512/512,/0/default.jpg", ID))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
	}

}
