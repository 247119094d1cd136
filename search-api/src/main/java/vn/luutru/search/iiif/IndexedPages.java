package vn.luutru.search.iiif;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.luutru.archive.index.IndexFields;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.ArchiveIndex;

/**
 * What the archive index knows that a manifest shows: the identifiers read from a
 * document and the size (and, for maps, the ground resolution) of each page's image.
 * Reads only the fields it needs, and ignores others, so fields added to the index later
 * do not break manifests. When the index cannot answer, a manifest is still made from the
 * catalogue and the files.
 */
@Component
class IndexedPages {

	private static final Logger log = LoggerFactory.getLogger(IndexedPages.class);

	private static final int MAX_PAGES = 10_000;

	private final ElasticsearchClient client;

	private final ArchiveIndex index;

	IndexedPages(ElasticsearchClient client, ArchiveIndex index) {
		this.client = client;
		this.index = index;
	}

	/** The identifiers on the document's entry, empty when unknown. */
	Optional<ArchiveEntry.Identifiers> identifiers(DocumentId id) {
		try {
			var response = this.client.get(
					(g) -> g.index(this.index.alias()).id(id.value()).sourceIncludes(IndexFields.IDENTIFIERS),
					DocumentEntry.class);
			return Optional.ofNullable(response.source()).map(DocumentEntry::identifiers);
		}
		catch (ElasticsearchException | IOException ex) {
			log.warn("Document {}: no identifiers for its manifest, the index did not answer: {}", id, ex.toString());
			return Optional.empty();
		}
	}

	/** The image of each page the index has one for, by page number. */
	Map<Integer, PageImage> images(DocumentId id, int pageCount) {
		if (pageCount <= 0) {
			return Map.of();
		}
		try {
			return this.client
				.search((s) -> s.index(this.index.alias())
					.ignoreUnavailable(true)
					.allowNoIndices(true)
					.size(Math.min(pageCount, MAX_PAGES))
					.query((q) -> q
						.bool((b) -> b.filter((f) -> f.term((t) -> t.field(IndexFields.DOCUMENT_ID).value(id.value())))
							.filter((f) -> f.term(
									(t) -> t.field(IndexFields.ENTRY).value(vn.luutru.archive.index.PageEntry.KIND)))))
					.source((src) -> src.filter((f) -> f.includes(IndexFields.PAGE, IndexFields.IMAGE))),
						PageEntry.class)
				.hits()
				.hits()
				.stream()
				.map(Hit::source)
				.filter((entry) -> entry != null && entry.page() != null && entry.image() != null)
				.collect(Collectors.toMap(PageEntry::page, PageEntry::image, (a, b) -> a));
		}
		catch (ElasticsearchException | IOException ex) {
			log.warn("Document {}: no page sizes for its manifest, the index did not answer: {}", id, ex.toString());
			return Map.of();
		}
	}

	/**
	 * The image of a page as indexed.
	 *
	 * @param width width in pixels of the image OCR saw
	 * @param height its height
	 * @param metresPerPixel the ground size of one of its pixels, for a map whose scale
	 * is known (written by the tiling work), else null
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record PageImage(@Nullable Integer width, @Nullable Integer height, @Nullable Double metresPerPixel) {

		boolean hasSize() {
			return this.width != null && this.height != null && this.width > 0 && this.height > 0;
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PageEntry(@Nullable Integer page, @Nullable PageImage image) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record DocumentEntry(ArchiveEntry.@Nullable Identifiers identifiers) {
	}

}
