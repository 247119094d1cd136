package vn.luutru.archive.index;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import vn.luutru.archive.index.ArchiveEntry.Identifiers;
import vn.luutru.archive.index.ArchiveEntry.Links;
import vn.luutru.archive.index.ArchiveEntry.PageImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index's field names, its mapping file and its entry types agree: every field the
 * mapping declares has a name in {@link IndexFields} and no name is made up, and every
 * property an entry is written with is declared, so that a renamed component fails here
 * rather than at the first bulk request of a job.
 */
class IndexFieldsTests {

	private static final JacksonJsonpMapper MAPPER = ElasticsearchConfiguration.jsonMapper();

	private static final Identifiers IDENTIFIERS = new Identifiers("thong-bao", 2024, List.of("977/TB-STNMT"),
			List.of("000.00.15.H12-240501-0001"), List.of("12"), List.of("12/125"), List.of(LocalDate.of(2024, 5, 1)),
			List.of("Phường Hải Châu 1"));

	private static final Links LINKS = new Links(List.of("000.00.15.H12-240501-0001"), List.of("Đất đai"),
			List.of("Cấp giấy chứng nhận"));

	private static final PageEntry PAGE = new PageEntry("d1", "ab".repeat(32), "thong-bao.pdf", "Thông báo",
			"Về việc thu hồi đất", "application/pdf", 1234, 1, 1, "Sở Tài nguyên và Môi trường", "ocr", 91.5f,
			new PageImage(2480, 3508, 300, 0, 0.4f), IDENTIFIERS, Instant.parse("2026-01-02T03:04:05Z"), 7, LINKS);

	private static final DocumentEntry DOCUMENT = DocumentEntry
		.of(List.of(PAGE),
				Map.of("Author", "Sở TNMT", Place.EPSG, "3405", Place.FOOTPRINT,
						"105.75 10.03;105.76 10.03;105.76 10.02;105.75 10.02"))
		.withArchival(new ArchivalTerms("H01.1.12", "Thông báo", "Sở Tài nguyên và Môi trường", "han-che",
				"Về việc thu hồi đất", List.of("thu hồi đất")));

	@Test
	void namesEveryFieldOfTheMappingAndNoOther() throws Exception {
		assertThat(names()).isEqualTo(mappedFields());
	}

	@Test
	void entriesAreWrittenWithMappedFieldsOnly() throws IOException {
		Set<String> mapped = mappedFields();
		for (ArchiveEntry entry : List.of(PAGE, DOCUMENT)) {
			Set<String> written = new TreeSet<>();
			paths(MAPPER.objectMapper().valueToTree(entry), "", written);
			assertThat(mapped).as("fields of a %s", entry.getClass().getSimpleName()).containsAll(written);
		}
	}

	@Test
	void entriesAreReadBackAsTheirKind() throws IOException {
		ObjectMapper json = MAPPER.objectMapper();
		for (ArchiveEntry entry : List.of(PAGE, DOCUMENT)) {
			String written = json.writeValueAsString(entry);
			assertThat(json.readTree(written).path(IndexFields.ENTRY).asText())
				.isEqualTo((entry instanceof PageEntry) ? PageEntry.KIND : DocumentEntry.KIND);
			assertThat(json.readValue(written, ArchiveEntry.class)).isEqualTo(entry);
		}
		assertThat(json.readValue(json.writeValueAsString(PAGE), PageEntry.class)).isEqualTo(PAGE);
	}

	@Test
	void aDocumentEntryHoldsThePlaceItsPagesAndMetadataName() {
		assertThat(DOCUMENT.place()).isNotNull();
		assertThat(DOCUMENT.place().wards()).containsExactly("Phường Hải Châu 1");
		assertThat(DOCUMENT.place().footprint().minLon()).isEqualTo(105.75);
		assertThat(DOCUMENT.place().footprint().maxLat()).isEqualTo(10.03);
		assertThat(DOCUMENT.place().footprint().shape().coordinates().getFirst()).hasSize(5);
	}

	@Test
	void aDocumentEntryIsMadeFromItsPages() {
		PageEntry second = new PageEntry("d1", "ab".repeat(32), "thong-bao.pdf", "Thông báo", "application/pdf", 1234,
				2, 2, "Trang hai", "ocr", 80.5f, null, Identifiers.none(), PAGE.ingestedAt(), 7, null);
		DocumentEntry document = DocumentEntry.of(List.of(second, PAGE), Map.of());
		assertThat(document.content()).containsExactly(PAGE.text(), "Trang hai");
		assertThat(document.ocrConfidence()).isEqualTo(86.0f);
		assertThat(document.identifiers()).isEqualTo(IDENTIFIERS);
		assertThat(document.id()).isEqualTo("d1");
		assertThat(second.id()).isEqualTo("d1/2");
	}

	private static Set<String> names() throws IllegalAccessException {
		Set<String> names = new TreeSet<>();
		for (Field field : IndexFields.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				names.add((String) field.get(null));
			}
		}
		return names;
	}

	private static Set<String> mappedFields() throws IOException {
		try (InputStream in = IndexFieldsTests.class.getClassLoader().getResourceAsStream(ArchiveIndex.MAPPING)) {
			JsonNode properties = new ObjectMapper().readTree(in).path("mappings").path("properties");
			Set<String> fields = new TreeSet<>();
			mapped(properties, "", fields);
			return fields;
		}
	}

	private static void mapped(JsonNode properties, String prefix, Set<String> fields) {
		for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> property = it.next();
			String path = prefix + property.getKey();
			fields.add(path);
			property.getValue().path("fields").fieldNames().forEachRemaining((sub) -> fields.add(path + "." + sub));
			mapped(property.getValue().path("properties"), path + ".", fields);
		}
	}

	// Leaves and objects, as the mapping names them; the free-form metadata object's keys
	// are its own, and a GeoJSON shape and a geo_point are leaves to the mapping.
	private static void paths(JsonNode node, String prefix, Set<String> paths) {
		node.fieldNames().forEachRemaining((name) -> {
			String path = prefix + name;
			paths.add(path);
			JsonNode value = node.get(name);
			if (value.isObject()
					&& !Set.of(IndexFields.METADATA, IndexFields.FOOTPRINT_SHAPE, IndexFields.FOOTPRINT_CENTRE)
						.contains(path)) {
				paths(value, path + ".", paths);
			}
		});
	}

}
