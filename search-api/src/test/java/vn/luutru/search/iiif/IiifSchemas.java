package vn.luutru.search.iiif;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * JSON schemas (draft 2020-12) for the parts of the IIIF specs the archive produces,
 * written from the spec text because no package on the reachable registries ships the
 * official ones: Presentation API 3.0 (§3 resource types and §3.2–3.4 properties, with
 * {@code rights} from RightsStatements.org or Creative Commons as §3.3 requires), Image
 * API 3.0 (§5 image information) and Content Search 2.0 (§3.3 the answer). Each
 * {@code MUST} of those sections that concerns a property we write is a constraint here;
 * {@code SHOULD}s are left to the tests.
 */
final class IiifSchemas {

	private static final String PRESENTATION_3 = """
			{
			  "$schema": "https://json-schema.org/draft/2020-12/schema",
			  "$defs": {
			    "uri": { "type": "string", "pattern": "^https?://[^\\\\s]+$" },
			    "languageMap": {
			      "type": "object", "minProperties": 1,
			      "propertyNames": { "pattern": "^(none|[a-z]{2,3}(-[A-Za-z0-9]{1,8})*)$" },
			      "additionalProperties": { "type": "array", "minItems": 1, "items": { "type": "string" } }
			    },
			    "metadataEntry": {
			      "type": "object", "required": ["label", "value"], "additionalProperties": false,
			      "properties": { "label": { "$ref": "#/$defs/languageMap" }, "value": { "$ref": "#/$defs/languageMap" } }
			    },
			    "format": { "type": "string", "pattern": "^[a-z]+/[A-Za-z0-9.+-]+$" },
			    "contentType": { "enum": ["Dataset", "Image", "Model", "Sound", "Text", "Video"] },
			    "service": {
			      "type": "object",
			      "anyOf": [ { "required": ["id", "type"] }, { "required": ["@id", "@type"] } ],
			      "properties": {
			        "id": { "$ref": "#/$defs/uri" }, "@id": { "$ref": "#/$defs/uri" },
			        "type": { "type": "string" }, "@type": { "type": "string" },
			        "profile": { "type": "string" }
			      },
			      "if": { "properties": { "type": { "const": "ImageService3" } }, "required": ["type"] },
			      "then": { "required": ["profile"], "properties": { "profile": { "enum": ["level0", "level1", "level2"] } } }
			    },
			    "resource": {
			      "type": "object", "required": ["id", "type"],
			      "properties": {
			        "id": { "$ref": "#/$defs/uri" }, "type": { "$ref": "#/$defs/contentType" },
			        "label": { "$ref": "#/$defs/languageMap" }, "format": { "$ref": "#/$defs/format" },
			        "width": { "type": "integer", "minimum": 1 }, "height": { "type": "integer", "minimum": 1 },
			        "profile": { "type": "string" },
			        "service": { "type": "array", "items": { "$ref": "#/$defs/service" } }
			      },
			      "dependentRequired": { "width": ["height"], "height": ["width"] }
			    },
			    "seeAlso": { "allOf": [ { "$ref": "#/$defs/resource" }, { "required": ["label", "format"], "properties": { "type": { "const": "Dataset" } } } ] },
			    "agent": {
			      "type": "object", "required": ["id", "type", "label"],
			      "properties": {
			        "id": { "$ref": "#/$defs/uri" }, "type": { "const": "Agent" },
			        "label": { "$ref": "#/$defs/languageMap" },
			        "homepage": { "type": "array", "items": { "$ref": "#/$defs/link" } }
			      }
			    },
			    "link": { "allOf": [ { "$ref": "#/$defs/resource" }, { "required": ["label"] } ] },
			    "annotation": {
			      "type": "object", "required": ["id", "type", "motivation", "body", "target"],
			      "properties": {
			        "id": { "$ref": "#/$defs/uri" }, "type": { "const": "Annotation" },
			        "motivation": { "const": "painting" },
			        "body": { "allOf": [ { "$ref": "#/$defs/resource" }, { "required": ["format"], "properties": { "type": { "const": "Image" }, "format": { "pattern": "^image/" } } } ] },
			        "target": { "$ref": "#/$defs/uri" }
			      }
			    },
			    "annotationPage": {
			      "type": "object", "required": ["id", "type", "items"],
			      "properties": {
			        "id": { "$ref": "#/$defs/uri" }, "type": { "const": "AnnotationPage" },
			        "items": { "type": "array", "items": { "$ref": "#/$defs/annotation" } }
			      }
			    },
			    "range": {
			      "type": "object", "required": ["id", "type", "items"],
			      "properties": {
			        "id": { "$ref": "#/$defs/uri" }, "type": { "const": "Range" },
			        "label": { "$ref": "#/$defs/languageMap" },
			        "items": { "type": "array", "minItems": 1, "items": { "anyOf": [
			          { "$ref": "#/$defs/range" },
			          { "type": "object", "required": ["id", "type"], "additionalProperties": false,
			            "properties": { "id": { "$ref": "#/$defs/uri" }, "type": { "const": "Canvas" } } }
			        ] } }
			      }
			    },
			    "canvas": {
			      "type": "object", "required": ["id", "type", "width", "height", "items"],
			      "properties": {
			        "id": { "$ref": "#/$defs/uri" }, "type": { "const": "Canvas" },
			        "label": { "$ref": "#/$defs/languageMap" },
			        "width": { "type": "integer", "minimum": 1 }, "height": { "type": "integer", "minimum": 1 },
			        "thumbnail": { "type": "array", "items": { "$ref": "#/$defs/resource" } },
			        "seeAlso": { "type": "array", "items": { "$ref": "#/$defs/seeAlso" } },
			        "items": { "type": "array", "items": { "$ref": "#/$defs/annotationPage" } }
			      }
			    }
			  },
			  "type": "object",
			  "required": ["@context", "id", "type", "label", "items"],
			  "properties": {
			    "@context": {
			      "anyOf": [
			        { "const": "http://iiif.io/api/presentation/3/context.json" },
			        { "type": "array", "contains": { "const": "http://iiif.io/api/presentation/3/context.json" } }
			      ]
			    },
			    "id": { "$ref": "#/$defs/uri" },
			    "type": { "const": "Manifest" },
			    "label": { "$ref": "#/$defs/languageMap" },
			    "summary": { "$ref": "#/$defs/languageMap" },
			    "metadata": { "type": "array", "items": { "$ref": "#/$defs/metadataEntry" } },
			    "requiredStatement": { "$ref": "#/$defs/metadataEntry" },
			    "rights": { "type": "string", "pattern": "^https?://(creativecommons\\\\.org/(licenses|publicdomain)|rightsstatements\\\\.org/vocab)/" },
			    "provider": { "type": "array", "items": { "$ref": "#/$defs/agent" } },
			    "seeAlso": { "type": "array", "items": { "$ref": "#/$defs/seeAlso" } },
			    "service": { "type": "array", "items": { "$ref": "#/$defs/service" } },
			    "thumbnail": { "type": "array", "items": { "$ref": "#/$defs/resource" } },
			    "homepage": { "type": "array", "items": { "$ref": "#/$defs/link" } },
			    "rendering": { "type": "array", "items": { "$ref": "#/$defs/link" } },
			    "items": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/canvas" } },
			    "structures": { "type": "array", "items": { "$ref": "#/$defs/range" } }
			  }
			}
			""";

	private static final String IMAGE_3 = """
			{
			  "$schema": "https://json-schema.org/draft/2020-12/schema",
			  "type": "object",
			  "required": ["@context", "id", "type", "protocol", "profile", "width", "height"],
			  "properties": {
			    "@context": {
			      "anyOf": [
			        { "const": "http://iiif.io/api/image/3/context.json" },
			        { "type": "array", "contains": { "const": "http://iiif.io/api/image/3/context.json" } }
			      ]
			    },
			    "id": { "type": "string", "pattern": "^https?://[^\\\\s]+[^/]$" },
			    "type": { "const": "ImageService3" },
			    "protocol": { "const": "http://iiif.io/api/image" },
			    "profile": { "enum": ["level0", "level1", "level2"] },
			    "width": { "type": "integer", "minimum": 1 },
			    "height": { "type": "integer", "minimum": 1 },
			    "maxWidth": { "type": "integer", "minimum": 1 },
			    "maxHeight": { "type": "integer", "minimum": 1 },
			    "maxArea": { "type": "integer", "minimum": 1 },
			    "sizes": {
			      "type": "array",
			      "items": { "type": "object", "required": ["width", "height"],
			        "properties": { "type": { "const": "Size" }, "width": { "type": "integer", "minimum": 1 }, "height": { "type": "integer", "minimum": 1 } } }
			    },
			    "tiles": {
			      "type": "array", "minItems": 1,
			      "items": { "type": "object", "required": ["width", "scaleFactors"],
			        "properties": {
			          "type": { "const": "Tile" },
			          "width": { "type": "integer", "minimum": 1 }, "height": { "type": "integer", "minimum": 1 },
			          "scaleFactors": { "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 1 } }
			        } }
			    },
			    "luutru:metresPerPixel": { "type": "number", "exclusiveMinimum": 0 }
			  },
			  "dependentRequired": { "maxHeight": ["maxWidth"] }
			}
			""";

	/** Content Search 2.0 §3.3: the answer to a search, an AnnotationPage. */
	private static final String SEARCH_2 = """
			{
			  "$schema": "https://json-schema.org/draft/2020-12/schema",
			  "type": "object",
			  "required": ["@context", "id", "type", "items"],
			  "properties": {
			    "@context": { "const": "http://iiif.io/api/search/2/context.json" },
			    "id": { "type": "string", "pattern": "^https?://[^\\\\s]+$" },
			    "type": { "const": "AnnotationPage" },
			    "items": { "type": "array", "items": {
			      "type": "object", "required": ["id", "type", "motivation", "target"],
			      "properties": {
			        "id": { "type": "string", "pattern": "^https?://[^\\\\s]+$" },
			        "type": { "const": "Annotation" },
			        "motivation": { "const": "highlighting" },
			        "body": { "type": "object", "required": ["type", "value"],
			          "properties": { "type": { "const": "TextualBody" }, "value": { "type": "string" } } },
			        "target": { "type": "string", "pattern": "^https?://[^\\\\s#]+(#xywh=\\\\d+,\\\\d+,\\\\d+,\\\\d+)?$" }
			      } } }
			  }
			}
			""";

	private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

	private static final JsonSchema MANIFEST = FACTORY.getSchema(PRESENTATION_3,
			SchemaValidatorsConfig.builder().build());

	private static final JsonSchema INFO = FACTORY.getSchema(IMAGE_3, SchemaValidatorsConfig.builder().build());

	private static final JsonSchema SEARCH = FACTORY.getSchema(SEARCH_2, SchemaValidatorsConfig.builder().build());

	private IiifSchemas() {
	}

	/** What in a manifest breaks the Presentation 3 schema; empty when it is valid. */
	static List<String> manifestErrors(JsonNode manifest) {
		return MANIFEST.validate(manifest).stream().map(ValidationMessage::getMessage).sorted().toList();
	}

	/** What in a Content Search 2.0 answer breaks its schema; empty when it is valid. */
	static List<String> searchErrors(JsonNode answer) {
		return SEARCH.validate(answer).stream().map(ValidationMessage::getMessage).sorted().toList();
	}

	/** What in an {@code info.json} breaks the Image 3 schema; empty when it is valid. */
	static List<String> infoErrors(JsonNode info) {
		return INFO.validate(info).stream().map(ValidationMessage::getMessage).sorted().toList();
	}

}
