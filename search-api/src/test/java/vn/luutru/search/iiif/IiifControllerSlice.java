package vn.luutru.search.iiif;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.luutru.search.documents.PersonalPages;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The IIIF controller alone, with what it serves from mocked: the fixture of the tests of
 * the headers its tiles go out with. Each test class names the security settings it runs
 * under.
 */
abstract class IiifControllerSlice {

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

	/** Every tile asked for is the start of a JPEG, written to the test's folder. */
	void everyTileIsAJpeg() throws IOException {
		Path tile = Files.write(this.dir.resolve("default.jpg"), new byte[] { (byte) 0xFF, (byte) 0xD8 });
		given(this.tiles.file(any(), anyInt(), any())).willReturn(tile);
	}

	/** Asks for the top-left tile of a page of {@link #ID}. */
	ResultActions getTile(int page) throws Exception {
		return this.mvc.perform(get("/iiif/{id}/{page}/0,0,512,512/512,/0/default.jpg", ID, page));
	}

}
