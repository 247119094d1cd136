package vn.luutru.archive.index;

/**
 * The names of the archive index's fields, as the mapping file
 * {@code elasticsearch/archive-index.json} declares them: the one place queries, sorts,
 * facets and source filters take them from. A test checks that the two agree.
 */
public final class IndexFields {

	/** {@code document} or {@code page}: the kind of entry. */
	public static final String ENTRY = "entry";

	public static final String DOCUMENT_ID = "documentId";

	public static final String SHA256 = "sha256";

	public static final String FILE_NAME = "fileName";

	/** The file name with Vietnamese diacritics folded away. */
	public static final String FILE_NAME_FOLDED = "fileName.folded";

	/** The file name as one keyword, for sorting. */
	public static final String FILE_NAME_RAW = "fileName.raw";

	public static final String TITLE = "title";

	public static final String TITLE_FOLDED = "title.folded";

	public static final String TITLE_RAW = "title.raw";

	/** The document's subject ("trích yếu", a map's title block). */
	public static final String SUBJECT = "subject";

	public static final String SUBJECT_FOLDED = "subject.folded";

	public static final String CONTENT_TYPE = "contentType";

	public static final String SIZE_BYTES = "sizeBytes";

	public static final String PAGE_COUNT = "pageCount";

	/** A page entry's page number; absent on document entries. */
	public static final String PAGE = "page";

	/** A page entry's text. */
	public static final String TEXT = "text";

	public static final String TEXT_FOLDED = "text.folded";

	/** A document entry's pages' texts. */
	public static final String CONTENT = "content";

	public static final String CONTENT_FOLDED = "content.folded";

	public static final String TEXT_SOURCE = "textSource";

	public static final String OCR_CONFIDENCE = "ocrConfidence";

	public static final String IMAGE = "image";

	public static final String IMAGE_WIDTH = "image.width";

	public static final String IMAGE_HEIGHT = "image.height";

	public static final String IMAGE_DPI = "image.dpi";

	public static final String IMAGE_ROTATION = "image.rotation";

	public static final String IMAGE_SKEW = "image.skew";

	public static final String DOSSIERS = "dossiers";

	public static final String DOSSIER_CODES = "dossiers.codes";

	public static final String DOSSIER_FIELDS = "dossiers.fields";

	public static final String DOSSIER_PROCEDURES = "dossiers.procedures";

	/** A document entry's archival description terms (Circular 02/2019/TT-BNV). */
	public static final String ARCHIVAL = "archival";

	public static final String ARCHIVAL_FILE_CODE = "archival.fileCode";

	public static final String ARCHIVAL_DOCUMENT_TYPE = "archival.documentType";

	public static final String ARCHIVAL_ISSUER = "archival.issuer";

	public static final String ARCHIVAL_ACCESS_REGIME = "archival.accessRegime";

	public static final String ARCHIVAL_SUBJECT = "archival.subject";

	public static final String ARCHIVAL_SUBJECT_FOLDED = "archival.subject.folded";

	public static final String ARCHIVAL_KEYWORDS = "archival.keywords";

	public static final String IDENTIFIERS = "identifiers";

	public static final String KIND = "identifiers.kind";

	public static final String YEAR = "identifiers.year";

	public static final String DOCUMENT_NUMBERS = "identifiers.documentNumbers";

	public static final String DOSSIER_CODES_READ = "identifiers.dossierCodes";

	public static final String MAP_SHEETS = "identifiers.mapSheets";

	public static final String PARCELS = "identifiers.parcels";

	public static final String DATES = "identifiers.dates";

	public static final String ADMIN_UNITS = "identifiers.adminUnits";

	public static final String ADMIN_UNITS_FOLDED = "identifiers.adminUnits.folded";

	/**
	 * A document entry's {@link Place}: the wards and districts it names, a map's
	 * footprint.
	 */
	public static final String PLACE = "place";

	/** Wards, communes and towns ("Phường An Khánh"), as the gazetteer names them. */
	public static final String WARDS = "place.wards";

	/** The ward names with Vietnamese diacritics folded away, for typed filters. */
	public static final String WARDS_FOLDED = "place.wards.folded";

	/** Districts ("Quận Ninh Kiều"), as the gazetteer names them. */
	public static final String DISTRICTS = "place.districts";

	public static final String DISTRICTS_FOLDED = "place.districts.folded";

	/** A georeferenced map's footprint in WGS84. */
	public static final String FOOTPRINT = "place.footprint";

	/** The EPSG code of the map's own coordinate system. */
	public static final String FOOTPRINT_EPSG = "place.footprint.epsg";

	/**
	 * The footprint polygon, GeoJSON: kept in the source, not indexed (no
	 * {@code geo_shape} without the spatial module), except where the cluster has it.
	 */
	public static final String FOOTPRINT_SHAPE = "place.footprint.shape";

	/** The footprint envelope's west edge, degrees of longitude. */
	public static final String FOOTPRINT_MIN_LON = "place.footprint.minLon";

	public static final String FOOTPRINT_MIN_LAT = "place.footprint.minLat";

	public static final String FOOTPRINT_MAX_LON = "place.footprint.maxLon";

	public static final String FOOTPRINT_MAX_LAT = "place.footprint.maxLat";

	/** The footprint envelope's centre, a {@code geo_point}. */
	public static final String FOOTPRINT_CENTRE = "place.footprint.centre";

	public static final String INGESTED_AT = "ingestedAt";

	public static final String JOB_EXECUTION_ID = "jobExecutionId";

	/** File metadata: stored, not indexed. */
	public static final String METADATA = "metadata";

	private IndexFields() {
	}

}
