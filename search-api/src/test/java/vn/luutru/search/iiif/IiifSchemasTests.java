package vn.luutru.search.iiif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schemas the IIIF tests validate with accept the specs' own examples and reject what
 * the specs forbid, so that a passing validation means something.
 */
class IiifSchemasTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	// Shaped like the "simple manifest" example of the Presentation 3 cookbook.
	private static final String COOKBOOK_MANIFEST = """
			{
			  "@context": "http://iiif.io/api/presentation/3/context.json",
			  "id": "https://iiif.io/api/cookbook/recipe/0001-mvm-image/manifest.json",
			  "type": "Manifest",
			  "label": { "en": [ "Single Image Example" ] },
			  "items": [ {
			    "id": "https://iiif.io/api/cookbook/recipe/0001-mvm-image/canvas/p1",
			    "type": "Canvas", "height": 1800, "width": 1200,
			    "items": [ {
			      "id": "https://iiif.io/api/cookbook/recipe/0001-mvm-image/page/p1/1",
			      "type": "AnnotationPage",
			      "items": [ {
			        "id": "https://iiif.io/api/cookbook/recipe/0001-mvm-image/annotation/p0001-image",
			        "type": "Annotation", "motivation": "painting",
			        "body": { "id": "http://iiif.io/api/presentation/2.1/example/fixtures/resources/page1-full.png",
			          "type": "Image", "format": "image/png", "height": 1800, "width": 1200 },
			        "target": "https://iiif.io/api/cookbook/recipe/0001-mvm-image/canvas/p1"
			      } ]
			    } ]
			  } ]
			}
			""";

	// The level 0 example of Image API 3 §5.
	private static final String IMAGE_INFO = """
			{
			  "@context": "http://iiif.io/api/image/3/context.json",
			  "id": "https://example.org/image-service/abcd1234/1E34750D-38DB-4825-A38A-B60A345E591C",
			  "type": "ImageService3", "protocol": "http://iiif.io/api/image", "profile": "level0",
			  "width": 6000, "height": 4000,
			  "tiles": [ { "width": 512, "scaleFactors": [ 1, 2, 4 ] } ]
			}
			""";

	@Test
	void theSpecsExamplesAreValid() throws Exception {
		assertThat(IiifSchemas.manifestErrors(JSON.readTree(COOKBOOK_MANIFEST))).isEmpty();
		assertThat(IiifSchemas.infoErrors(JSON.readTree(IMAGE_INFO))).isEmpty();
	}

	@Test
	void aLabelThatIsNotALanguageMapIsInvalid() throws Exception {
		ObjectNode manifest = (ObjectNode) JSON.readTree(COOKBOOK_MANIFEST);
		manifest.put("label", "Single Image Example");
		assertThat(IiifSchemas.manifestErrors(manifest)).isNotEmpty();
	}

	@Test
	void aCanvasWithoutSizeIsInvalid() throws Exception {
		ObjectNode manifest = (ObjectNode) JSON.readTree(COOKBOOK_MANIFEST);
		((ObjectNode) manifest.get("items").get(0)).remove("width");
		assertThat(IiifSchemas.manifestErrors(manifest)).isNotEmpty();
	}

	@Test
	void aRangeOfCanvasesIsValidAndARangeWithoutItemsIsNot() throws Exception {
		ObjectNode manifest = (ObjectNode) JSON.readTree(COOKBOOK_MANIFEST);
		ObjectNode range = manifest.putArray("structures").addObject();
		range.put("id", "https://example.org/iiif/book1/range/r1").put("type", "Range");
		range.putObject("label").putArray("vi").add("Chương 1");
		range.putArray("items")
			.addObject()
			.put("id", "https://iiif.io/api/cookbook/recipe/0001-mvm-image/canvas/p1")
			.put("type", "Canvas");
		assertThat(IiifSchemas.manifestErrors(manifest)).isEmpty();
		range.putArray("items");
		assertThat(IiifSchemas.manifestErrors(manifest)).isNotEmpty();
	}

	@Test
	void anImageServiceWithoutProfileIsInvalid() throws Exception {
		ObjectNode manifest = (ObjectNode) JSON.readTree(COOKBOOK_MANIFEST);
		ObjectNode body = (ObjectNode) manifest.at("/items/0/items/0/items/0/body");
		body.putArray("service").addObject().put("id", "https://example.org/iiif/1").put("type", "ImageService3");
		assertThat(IiifSchemas.manifestErrors(manifest)).isNotEmpty();
	}

	@Test
	void anInfoWithTheVersion2ContextOrARelativeIdIsInvalid() throws Exception {
		ObjectNode info = (ObjectNode) JSON.readTree(IMAGE_INFO);
		info.put("@context", "http://iiif.io/api/image/2/context.json");
		assertThat(IiifSchemas.infoErrors(info)).isNotEmpty();
		JsonNode relative = ((ObjectNode) JSON.readTree(IMAGE_INFO)).put("id", "/iiif/abc/1");
		assertThat(IiifSchemas.infoErrors(relative)).isNotEmpty();
	}

	@Test
	void rightsOutsideTheTwoVocabulariesOrAProviderWithoutLabelAreInvalid() throws Exception {
		ObjectNode manifest = (ObjectNode) JSON.readTree(COOKBOOK_MANIFEST);
		manifest.put("rights", "http://rightsstatements.org/vocab/InC-EDU/1.0/");
		manifest.putArray("provider").addObject().put("id", "https://example.org/so").put("type", "Agent");
		assertThat(IiifSchemas.manifestErrors(manifest)).hasSize(1);
		manifest.put("rights", "Bảo lưu mọi quyền");
		assertThat(IiifSchemas.manifestErrors(manifest)).hasSize(2);
	}

	@Test
	void anInfoWithMaxHeightButNoMaxWidthIsInvalid() throws Exception {
		ObjectNode info = (ObjectNode) JSON.readTree(IMAGE_INFO);
		info.put("maxHeight", 1000);
		assertThat(IiifSchemas.infoErrors(info)).isNotEmpty();
		info.put("maxWidth", 1500);
		assertThat(IiifSchemas.infoErrors(info)).isEmpty();
	}

	@Test
	void aSearchAnswerMustHighlightCanvasRegions() throws Exception {
		ObjectNode answer = (ObjectNode) JSON.readTree(
				"""
						{ "@context": "http://iiif.io/api/search/2/context.json",
						  "id": "https://example.org/iiif/book1/search?q=bird", "type": "AnnotationPage",
						  "items": [ { "id": "https://example.org/iiif/book1/annotation/1", "type": "Annotation",
						    "motivation": "highlighting", "target": "https://example.org/iiif/book1/canvas/p1#xywh=10,20,30,40" } ] }
						""");
		assertThat(IiifSchemas.searchErrors(answer)).isEmpty();
		((ObjectNode) answer.at("/items/0")).put("motivation", "painting");
		assertThat(IiifSchemas.searchErrors(answer)).isNotEmpty();
	}

}
