package vn.luutru.search.iiif;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * The parts of the IIIF Presentation API 3.0 that the archive's manifests use, as JSON.
 * Only what the archive fills in is here; absent values are left out of the JSON, as the
 * spec wants, rather than written as {@code null}.
 */
final class Presentation {

	static final String CONTEXT = "http://iiif.io/api/presentation/3/context.json";

	static final String MEDIA_TYPE = "application/ld+json;profile=\"" + CONTEXT + "\"";

	private Presentation() {
	}

	/** A language map: {@code {"vi": ["Bản đồ"]}}; {@code none} for names and numbers. */
	static Map<String, List<String>> vi(String text) {
		return Map.of("vi", List.of(text));
	}

	static Map<String, List<String>> none(List<String> values) {
		return Map.of("none", values);
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "@context", "id", "type" })
	record Manifest(@JsonProperty("@context") String context, String id, String type, Map<String, List<String>> label,
			Map<String, List<String>> summary, List<Metadata> metadata, Metadata requiredStatement, String rights,
			List<Agent> provider, List<Resource> thumbnail, List<Resource> homepage, List<Resource> rendering,
			List<Object> service, List<Canvas> items, List<Range> structures) {

		Manifest(String id, Map<String, List<String>> label, Map<String, List<String>> summary, List<Metadata> metadata,
				About about, List<Resource> thumbnail, List<Resource> homepage, List<Resource> rendering,
				List<Object> service, List<Canvas> items, List<Range> structures) {
			this(CONTEXT, id, "Manifest", label, summary, metadata, about.requiredStatement(), about.rights(),
					about.provider(), thumbnail, homepage, rendering, service, items, structures);
		}

	}

	/**
	 * Who holds a document and on what terms: the same for every manifest.
	 *
	 * @param requiredStatement the text a viewer must show beside the images
	 * @param rights the URI of the rights statement
	 * @param provider the department
	 */
	record About(Metadata requiredStatement, String rights, List<Agent> provider) {
	}

	/**
	 * An organisation named as a {@code provider}.
	 *
	 * @param id a URI for it
	 * @param type always {@code Agent}
	 * @param label its name
	 * @param homepage its web site, when it has one
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Agent(String id, String type, Map<String, List<String>> label, List<Resource> homepage) {

		Agent(String id, Map<String, List<String>> label, List<Resource> homepage) {
			this(id, "Agent", label, homepage);
		}

	}

	record Metadata(Map<String, List<String>> label, Map<String, List<String>> value) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Canvas(String id, String type, Map<String, List<String>> label, int width, int height,
			List<Resource> thumbnail, List<Resource> seeAlso, List<AnnotationPage> items) {

		Canvas(String id, Map<String, List<String>> label, int width, int height, List<Resource> thumbnail,
				List<Resource> seeAlso, List<AnnotationPage> items) {
			this(id, "Canvas", label, width, height, thumbnail, seeAlso, items);
		}

	}

	/**
	 * A section of the document for a viewer's table of contents: its canvases, then the
	 * sections within it.
	 *
	 * @param id {@code …/iiif/{id}/range/{n}[-{n}…]}
	 * @param type always {@code Range}
	 * @param label the section's title
	 * @param items {@link CanvasReference}s and {@link Range}s
	 */
	record Range(String id, String type, Map<String, List<String>> label, List<Object> items) {

		Range(String id, Map<String, List<String>> label, List<Object> items) {
			this(id, "Range", label, items);
		}

	}

	/**
	 * A canvas named by its id, inside a {@link Range}.
	 *
	 * @param id the canvas's id
	 * @param type always {@code Canvas}
	 */
	record CanvasReference(String id, String type) {

		CanvasReference(String id) {
			this(id, "Canvas");
		}

	}

	record AnnotationPage(String id, String type, List<Annotation> items) {

		AnnotationPage(String id, List<Annotation> items) {
			this(id, "AnnotationPage", items);
		}

	}

	record Annotation(String id, String type, String motivation, Resource body, String target) {

		Annotation(String id, Resource body, String target) {
			this(id, "Annotation", "painting", body, target);
		}

	}

	/**
	 * A content resource: an image, a PDF, a web page.
	 *
	 * @param id its URL
	 * @param type {@code Image}, {@code Text}, …
	 * @param label a label for links
	 * @param format its media type
	 * @param width pixels, for an image whose size is known
	 * @param height pixels
	 * @param service the IIIF Image API service of a tiled image
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Resource(String id, String type, @Nullable Map<String, List<String>> label, String format,
			@Nullable String profile, @Nullable Integer width, @Nullable Integer height, List<ImageService> service) {

		Resource(String id, String type, @Nullable Map<String, List<String>> label, String format,
				@Nullable Integer width, @Nullable Integer height, List<ImageService> service) {
			this(id, type, label, format, null, width, height, service);
		}

		static Resource image(String id, @Nullable Integer width, @Nullable Integer height,
				List<ImageService> service) {
			return new Resource(id, "Image", null, "image/jpeg", width, height, service);
		}

		static Resource link(String id, String type, String label, String format) {
			return new Resource(id, type, vi(label), format, null, null, List.of());
		}

		/** A machine-readable description of a resource, for {@code seeAlso}. */
		static Resource dataset(String id, String label, String format, String profile) {
			return new Resource(id, "Dataset", vi(label), format, profile, null, null, List.of());
		}

	}

	/**
	 * A reference to a level 0 Image API 3 service, with the map's ground resolution when
	 * known (see {@link IiifController}).
	 *
	 * @param id the service's base URL, {@code …/iiif/{id}/{page}}
	 * @param type always {@code ImageService3}
	 * @param profile always {@code level0}: the tiles are static files
	 * @param metresPerPixel {@value PageTiles#METRES_PER_PIXEL}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ImageService(String id, String type, String profile,
			@JsonProperty(PageTiles.METRES_PER_PIXEL) @Nullable Double metresPerPixel) {

		ImageService(String id, @Nullable Double metresPerPixel) {
			this(id, "ImageService3", "level0", metresPerPixel);
		}

	}

}
