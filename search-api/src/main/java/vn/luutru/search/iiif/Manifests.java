package vn.luutru.search.iiif;

import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.identifiers.DocumentKind;
import vn.luutru.archive.storage.Derivatives;
import vn.luutru.search.documents.PersonalPages;
import vn.luutru.search.iiif.IndexedPages.PageImage;
import vn.luutru.search.iiif.PageTiles.FullImage;
import vn.luutru.search.iiif.PageTiles.Info;
import vn.luutru.search.iiif.PdfPageSizes.Size;
import vn.luutru.search.iiif.Presentation.Annotation;
import vn.luutru.search.iiif.Presentation.AnnotationPage;
import vn.luutru.search.iiif.Presentation.Canvas;
import vn.luutru.search.iiif.Presentation.ImageService;
import vn.luutru.search.iiif.Presentation.Manifest;
import vn.luutru.search.iiif.Presentation.Metadata;
import vn.luutru.search.iiif.Presentation.Resource;
import vn.luutru.archive.index.ArchiveEntry.Identifiers;

import static vn.luutru.search.iiif.Presentation.none;
import static vn.luutru.search.iiif.Presentation.vi;

/**
 * Makes the IIIF manifest of a document and the {@code info.json} of its tiled pages,
 * from the catalogue, the index and the files.
 */
@Service
class Manifests {

	/** A canvas size for a page nothing else sizes: A4 at 150 dpi. */
	static final Size A4 = new Size(1240, 1754);

	private static final Map<String, String> SOURCES = Map.of("text-layer", "Văn bản số", "ocr", "Nhận dạng (OCR)",
			"mixed", "Văn bản số và OCR", "none", "Không có chữ");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final Documents catalogue;

	private final IndexedPages index;

	private final PageTiles tiles;

	// A page whose tiles the user may not see is shown by its masked picture instead.
	private final PersonalPages personalPages;

	private final PdfPageSizes pdfSizes;

	private final WholeImages wholeImages;

	private final ManifestTerms terms;

	private final Derivatives derivatives;

	private final Structures structures;

	Manifests(Documents catalogue, IndexedPages index, PageTiles tiles, PdfPageSizes pdfSizes, WholeImages wholeImages,
			ManifestTerms terms, Derivatives derivatives, Structures structures, PersonalPages personalPages) {
		this.catalogue = catalogue;
		this.personalPages = personalPages;
		this.structures = structures;
		this.terms = terms;
		this.derivatives = derivatives;
		this.index = index;
		this.tiles = tiles;
		this.wholeImages = wholeImages;
		this.pdfSizes = pdfSizes;
	}

	/**
	 * The manifest of a document.
	 * @param base the application's absolute URL, {@code scheme://host[:port]/context}
	 * @throws IiifNotFound when no document has this id
	 */
	Manifest manifest(String id, String base) {
		CatalogedDocument document = find(id);
		DocumentId documentId = document.id();
		String documentUrl = base + "/iiif/" + documentId.value();
		Map<Integer, PageImage> indexed = this.index.images(documentId, document.pageCount());
		Map<Integer, Size> rendered = null;
		List<Canvas> canvases = new ArrayList<>();
		for (int page = 1; page <= document.pageCount(); page++) {
			int number = page;
			String canvasId = documentUrl + "/canvas/" + page;
			PageImage image = indexed.get(page);
			Optional<Info> info = this.personalPages.withheld(documentId, page) ? Optional.empty()
					: this.tiles.info(documentId, page).map((stored) -> withIndexed(stored, image));
			Resource body;
			Size size;
			if (info.isPresent()) {
				String service = documentUrl + "/" + page;
				List<FullImage> sizes = this.wholeImages.sizes(documentId, page, info.get());
				Optional<FullImage> full = sizes.isEmpty() ? Optional.empty() : Optional.of(sizes.getLast());
				List<ImageService> services = List.of(new ImageService(service, info.get().metresPerPixel()));
				body = full
					.map((picture) -> Resource.image(service + "/full/" + picture.size() + "/0/default.jpg",
							picture.width(), picture.height(), services))
					.orElseGet(
							() -> Resource.image(pagePicture(base, documentId, number, "image"), null, null, services));
				size = (image != null && image.hasSize()) ? new Size(image.width(), image.height())
						: new Size(info.get().width(), info.get().height());
			}
			else {
				if (image != null && image.hasSize()) {
					size = new Size(image.width(), image.height());
					body = Resource.image(pagePicture(base, documentId, page, "image"), null, null, List.of());
				}
				else {
					if (rendered == null) {
						rendered = this.pdfSizes.sizes(document);
					}
					Size picture = rendered.get(page);
					size = (picture != null) ? picture : A4;
					body = Resource.image(pagePicture(base, documentId, page, "image"),
							(picture != null) ? picture.width() : null, (picture != null) ? picture.height() : null,
							List.of());
				}
			}
			// A tiled page's picture comes from its pyramid; another page has a small
			// picture of its own, a fraction of its page picture's bytes.
			Resource thumbnail = body.service().isEmpty()
					? Resource.image(pagePicture(base, documentId, page, "thumbnail"), null, null, List.of())
					: new Resource(body.id(), "Image", null, "image/jpeg", body.width(), body.height(), List.of());
			canvases.add(new Canvas(canvasId, vi("Trang " + page), size.width(), size.height(), List.of(thumbnail),
					seeAlso(base, documentId, page), List.of(new AnnotationPage(canvasId + "/page",
							List.of(new Annotation(canvasId + "/page/image", body, canvasId))))));
		}
		List<Resource> thumbnail = canvases.isEmpty() ? List.of() : canvases.getFirst().thumbnail();
		return new Manifest(documentUrl + "/manifest", vi(document.title()), summary(document), metadata(document),
				this.terms.about(base), thumbnail,
				List.of(Resource.link(base + "/document.html?id=" + documentId.value(), "Text", "Trang tài liệu",
						"text/html")),
				rendering(base, document), SearchServices.of(documentUrl), canvases,
				this.structures.ranges(documentId, document.pageCount(), documentUrl));
	}

	/**
	 * The stored {@code info.json} of a tiled page, with the ground resolution from the
	 * index where the tiler did not write it.
	 * @throws IiifNotFound when no document has this id, or the page has no tiles
	 */
	Info info(String id, int page) {
		CatalogedDocument document = find(id);
		return this.tiles.info(document.id(), page)
			.map((stored) -> withIndexed(stored, this.index.images(document.id(), document.pageCount()).get(page)))
			.orElseThrow(() -> new IiifNotFound("Page " + page + " of document " + id + " has no IIIF tiles."));
	}

	/**
	 * The ground size of one full-size tile pixel: the tiler's own, else the index's
	 * scaled from the indexed image's width to the tiled image's.
	 */
	private static Info withIndexed(Info stored, @Nullable PageImage indexed) {
		if (stored.metresPerPixel() != null || indexed == null || indexed.metresPerPixel() == null
				|| indexed.metresPerPixel() <= 0) {
			return stored;
		}
		double metres = indexed.metresPerPixel();
		if (indexed.hasSize()) {
			metres = metres * indexed.width() / stored.width();
		}
		return new Info(stored.json(), stored.width(), stored.height(), metres);
	}

	private CatalogedDocument find(String id) {
		DocumentId documentId;
		try {
			documentId = DocumentId.of(id);
		}
		catch (IllegalArgumentException ex) {
			throw new IiifNotFound("No document has the id '" + id + "'.");
		}
		return this.catalogue.find(documentId)
			.orElseThrow(() -> new IiifNotFound("No document has the id '" + id + "'."));
	}

	private List<Metadata> metadata(CatalogedDocument document) {
		List<Metadata> metadata = new ArrayList<>();
		Identifiers identifiers = this.index.identifiers(document.id()).orElse(Identifiers.none());
		if (identifiers.kind() != null) {
			metadata.add(new Metadata(vi("Loại tài liệu"),
					vi(DocumentKind.ofCode(identifiers.kind()).map(DocumentKind::label).orElse(identifiers.kind()))));
		}
		if (identifiers.year() != null) {
			metadata.add(new Metadata(vi("Năm"), none(List.of(String.valueOf(identifiers.year())))));
		}
		add(metadata, "Số, ký hiệu", identifiers.documentNumbers());
		add(metadata, "Tờ bản đồ số", identifiers.mapSheets());
		add(metadata, "Thửa đất (tờ/thửa)", identifiers.parcels());
		add(metadata, "Mã hồ sơ", identifiers.dossierCodes());
		add(metadata, "Địa danh", identifiers.adminUnits());
		metadata.add(new Metadata(vi("Tên tệp"), none(List.of(document.fileName()))));
		metadata.add(new Metadata(vi("Số trang"), none(List.of(String.valueOf(document.pageCount())))));
		metadata
			.add(new Metadata(vi("Nguồn chữ"), vi(SOURCES.getOrDefault(document.textSource(), document.textSource()))));
		metadata.add(new Metadata(vi("Ngày nhập"), none(List.of(DAY.format(document.ingestedAt())))));
		metadata.add(new Metadata(vi("Mã tài liệu"), none(List.of(document.id().value()))));
		return metadata;
	}

	private static void add(List<Metadata> metadata, String label, List<String> values) {
		if (values != null && !values.isEmpty()) {
			metadata.add(new Metadata(vi(label), none(values.stream().limit(50).toList())));
		}
	}

	private List<Resource> rendering(String base, CatalogedDocument document) {
		String documentUrl = base + "/api/documents/" + document.id().value();
		String type = document.contentType().startsWith("image/") ? "Image" : "Text";
		List<Resource> rendering = new ArrayList<>();
		rendering.add(Resource.link(documentUrl + "/file", type, "Bản gốc", document.contentType()));
		if (this.pdfSizes.hasPdf(document)) {
			rendering.add(Resource.link(documentUrl + "/pdf", "Text", "PDF tìm kiếm được", "application/pdf"));
		}
		return rendering;
	}

	/** A line saying what the document is, for viewers that show no metadata. */
	private static Map<String, List<String>> summary(CatalogedDocument document) {
		return vi(document.pageCount() + " trang, tệp " + document.fileName() + ", nhập ngày "
				+ DAY.format(document.ingestedAt()) + ".");
	}

	/**
	 * The page's OCR as hOCR and ALTO, for readers of its text; none for a page not
	 * OCR'd.
	 */
	private List<Resource> seeAlso(String base, DocumentId id, int page) {
		if (!Files.isRegularFile(this.derivatives.hocr(id, page))) {
			return List.of();
		}
		return List.of(
				Resource.dataset(pagePicture(base, id, page, "ocr"), "Chữ nhận dạng (hOCR)", "text/vnd.hocr+html",
						"http://kba.cloud/hocr-spec/1.2/"),
				Resource.dataset(pagePicture(base, id, page, "alto"), "Chữ nhận dạng (ALTO)", "application/xml",
						"http://www.loc.gov/standards/alto/ns-v4#"));
	}

	// kind: "image" (the page picture) or "thumbnail"
	private static String pagePicture(String base, DocumentId id, int page, String kind) {
		return base + "/api/documents/" + id.value() + "/pages/" + page + "/" + kind;
	}

}
