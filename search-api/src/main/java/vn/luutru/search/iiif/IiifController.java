package vn.luutru.search.iiif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.search.documents.PersonalPages;
import vn.luutru.search.iiif.PageTiles.FullImage;
import vn.luutru.search.users.SecurityProperties;

/**
 * IIIF for the archive's documents, under {@value IiifWeb#PATHS}.
 *
 * <ul>
 * <li>{@code GET /iiif/{id}/manifest}: a Presentation 3 manifest for every document, one
 * canvas per page.</li>
 * <li>{@code GET /iiif/{id}/search?q=…}: IIIF Content Search 2.0 inside the document, an
 * {@code AnnotationPage} of {@code highlighting} annotations on the matched words;
 * {@code /search/1?q=…} the same as Content Search 1.0 (see {@link ContentSearch}).</li>
 * <li>{@code GET /iiif/{id}/{page}/info.json}: the Image API 3 (level 0) description of a
 * tiled page; {@code GET /iiif/{id}/{page}} redirects there (303), as the spec asks.</li>
 * <li>{@code GET /iiif/{id}/{page}/{region}/{size}/{rotation}/{quality}.{format}}: a
 * stored tile, or the whole page ({@code full}) at one of the {@code sizes} of its
 * {@code info.json} or {@code max} (see {@link WholeImages}). Tiles never change once
 * written, so they are cached for a year.</li>
 * </ul>
 *
 * <p>
 * Caching: a shared cache (a proxy in front of the archive) may keep IIIF responses only
 * when IIIF is public ({@code luutru.security.public-iiif}); otherwise every response is
 * {@code private}, or a proxy would hand one officer's signed-in map to anyone.
 *
 * <p>
 * Absolute URLs are made from the request ({@code scheme://host[:port]/context}); behind
 * a proxy, {@code server.forward-headers-strategy=framework} (or {@code native}) makes
 * them honour {@code X-Forwarded-*}.
 *
 * <p>
 * Ground resolution of maps: the image service of a tiled page carries the extension
 * property {@value PageTiles#METRES_PER_PIXEL}, the metres on the ground one pixel of the
 * full-size tiled image covers, both in the served {@code info.json} and in the
 * manifest's reference to the service. It is the tiler's own key in the stored
 * {@code info.json} when present, else the index's {@code image.metresPerPixel} of the
 * page entry, rescaled from the indexed image's width to the tiled image's; absent when
 * neither is known. The viewer draws its scale bar from it.
 */
@RestController
@RequestMapping("/iiif")
class IiifController {

	static final String IMAGE_CONTEXT = "http://iiif.io/api/image/3/context.json";

	static final MediaType IMAGE_INFO = MediaType
		.parseMediaType("application/ld+json;profile=\"" + IMAGE_CONTEXT + "\"");

	static final MediaType MANIFEST = MediaType.parseMediaType(Presentation.MEDIA_TYPE);

	private final Manifests manifests;

	private final PageTiles tiles;

	private final WholeImages wholeImages;

	private final ContentSearch search;

	private final JsonMapper json;

	private final boolean shared;

	// Tiles of a page with personal data are withheld from users who may not see it.
	private final PersonalPages personalPages;

	IiifController(Manifests manifests, PageTiles tiles, WholeImages wholeImages, ContentSearch search, JsonMapper json,
			SecurityProperties security, PersonalPages personalPages) {
		this.search = search;
		this.manifests = manifests;
		this.personalPages = personalPages;
		this.tiles = tiles;
		this.wholeImages = wholeImages;
		this.json = json;
		this.shared = security.publicIiif();
	}

	@GetMapping("/{id}/manifest")
	ResponseEntity<byte[]> manifest(@PathVariable String id) {
		return ResponseEntity.ok()
			.contentType(MANIFEST)
			.cacheControl(scoped(CacheControl.noCache()))
			.body(this.json.writeValueAsBytes(this.manifests.manifest(id, base())));
	}

	/** IIIF Content Search 2.0 inside a document. */
	@GetMapping("/{id}/search")
	ResponseEntity<byte[]> search(@PathVariable String id, @RequestParam(defaultValue = "") String q) {
		String self = documentUrl(id) + "/search?q=" + ContentSearch.encoded(q);
		return searchAnswer(
				SearchAnswers.version2(this.search.hits(id, q, base()), self, documentUrl(id) + "/search/annotations"),
				SearchAnswers.SEARCH_2_CONTEXT);
	}

	/** The same search as Content Search 1.0, the version Mirador 4 reads. */
	@GetMapping("/{id}/search/1")
	ResponseEntity<byte[]> search1(@PathVariable String id, @RequestParam(defaultValue = "") String q) {
		String self = documentUrl(id) + "/search/1?q=" + ContentSearch.encoded(q);
		return searchAnswer(SearchAnswers.version1(this.search.hits(id, q, base()), self,
				documentUrl(id) + "/search/1/annotations"), "http://iiif.io/api/search/1/context.json");
	}

	private ResponseEntity<byte[]> searchAnswer(ObjectNode answer, String context) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/ld+json;profile=\"" + context + "\""))
			.cacheControl(scoped(CacheControl.noCache()))
			.body(this.json.writeValueAsBytes(answer));
	}

	@GetMapping("/{id}/{page}")
	ResponseEntity<Void> service(@PathVariable String id, @PathVariable int page) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create(serviceId(id, page) + "/info.json"))
			.build();
	}

	@GetMapping("/{id}/{page}/info.json")
	ResponseEntity<byte[]> info(@PathVariable String id, @PathVariable int page) {
		PageTiles.Info info = this.manifests.info(id, page);
		this.personalPages.requireVisible(documentId(id), page, true);
		ObjectNode served = info.json().deepCopy();
		served.put("@context", IMAGE_CONTEXT);
		served.put("id", serviceId(id, page));
		served.put("type", "ImageService3");
		if (info.metresPerPixel() != null) {
			served.put(PageTiles.METRES_PER_PIXEL, info.metresPerPixel());
		}
		List<FullImage> sizes = this.wholeImages.sizes(documentId(id), page, info);
		ArrayNode declared = served.putArray("sizes");
		sizes.forEach((size) -> declared.addObject().put("width", size.width()).put("height", size.height()));
		served.remove(List.of("maxWidth", "maxHeight", "maxArea"));
		if (!sizes.isEmpty() && sizes.getLast().width() < info.width()) {
			served.put("maxWidth", sizes.getLast().width());
			served.put("maxHeight", sizes.getLast().height());
		}
		return ResponseEntity.ok()
			.contentType(IMAGE_INFO)
			.cacheControl(scoped(CacheControl.noCache()))
			.body(this.json.writeValueAsBytes(served));
	}

	/**
	 * A stored tile. The document is not looked up in the catalogue: the id's format and
	 * the file's presence are enough, and a viewer asks for hundreds of tiles.
	 */
	@GetMapping("/{id}/{page}/{region}/{size}/{rotation}/{quality}.{format}")
	ResponseEntity<Resource> tile(@PathVariable String id, @PathVariable int page, @PathVariable String region,
			@PathVariable String size, @PathVariable String rotation, @PathVariable String quality,
			@PathVariable String format) {
		DocumentId documentId = documentId(id);
		this.personalPages.requireVisible(documentId, page, false);
		if (region.equals("full")) {
			return whole(id, page, TilePath.of(region, size, rotation, quality, format));
		}
		Path file = this.tiles.file(documentId, page, TilePath.of(region, size, rotation, quality, format));
		return stored(documentId, page, file);
	}

	/**
	 * The whole page at a declared size or {@code max}: stored, or put together from the
	 * tiles, which never change either.
	 */
	private ResponseEntity<Resource> whole(String id, int page, TilePath request) {
		if (!request.rotation().equals("0") || !request.fileName().equals("default.jpg")) {
			throw new IiifNotFound("Page " + page + " of document " + id + " is served whole only as "
					+ "0/default.jpg, not " + request + ".");
		}
		DocumentId documentId = documentId(id);
		WholeImages.Picture picture = this.wholeImages.picture(documentId, page, this.manifests.info(id, page),
				request.size());
		return switch (picture) {
			case WholeImages.Stored(Path file) -> stored(documentId, page, file);
			case WholeImages.Assembled(byte[] jpeg) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(tileCache(documentId, page))
				.body(new ByteArrayResource(jpeg));
		};
	}

	private ResponseEntity<Resource> stored(DocumentId documentId, int page, Path file) {
		try {
			long modified = Files.getLastModifiedTime(file).toMillis();
			long length = Files.size(file);
			return ResponseEntity.ok()
				.contentType(MediaTypeFactory.getMediaType(file.getFileName().toString())
					.orElse(MediaType.APPLICATION_OCTET_STREAM))
				.cacheControl(tileCache(documentId, page))
				.eTag(Long.toHexString(modified) + "-" + Long.toHexString(length))
				.lastModified(modified)
				.body(new FileSystemResource(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DocumentId documentId(String id) {
		try {
			return DocumentId.of(id);
		}
		catch (IllegalArgumentException ex) {
			throw new IiifNotFound("No document has the id '" + id + "'.");
		}
	}

	private static String serviceId(String id, int page) {
		return documentUrl(id) + "/" + page;
	}

	private static String documentUrl(String id) {
		return base() + "/iiif/" + documentId(id).value();
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().replaceQuery(null).build().toUriString();
	}

	// Even when IIIF is public, a tile of a page with personal data is for the one user
	// allowed to see it, never for a shared cache.
	private CacheControl tileCache(DocumentId id, int page) {
		CacheControl year = CacheControl.maxAge(Duration.ofDays(365));
		return ((this.shared && !this.personalPages.holdsPersonalData(id, page)) ? year.cachePublic()
				: year.cachePrivate())
			.immutable();
	}

	private CacheControl scoped(CacheControl cacheControl) {
		return this.shared ? cacheControl.cachePublic() : cacheControl.cachePrivate();
	}

}
