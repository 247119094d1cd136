package vn.luutru.ingest.maps;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.index.ArchiveEntry.PageImage;
import vn.luutru.ingest.extraction.ExtractionProperties;
import vn.luutru.ingest.extraction.LargeFrames;
import vn.luutru.ingest.extraction.PageRecognition;
import vn.luutru.ingest.extraction.PageScans;
import vn.luutru.ingest.extraction.PageText;
import vn.luutru.ingest.extraction.RegionText;
import vn.luutru.ingest.extraction.TextSource;
import vn.luutru.ingest.ocr.RecognizedPage;

/**
 * OCR of an image frame too large to read whole: an A0 cadastral or land-use map of
 * 10,000–40,000 pixels a side. Read whole and downsampled to the OCR pixel budget, its
 * title block ("TỜ BẢN ĐỒ SỐ 12") and ward names shrink below what Tesseract can read,
 * and one Tesseract works through the whole sheet alone. Here the frame is decoded region
 * by region ({@link ImageReadParam#setSourceRegion}, subsampled to at most
 * {@code luutru.extraction.map-max-dpi}), never whole, and every region goes to the OCR
 * workers, so the regions of one map are read in parallel.
 *
 * <p>
 * <strong>Memory:</strong> a region is decoded only when the worker pool has room for it
 * ({@link PageRecognition#submitRegion} blocks while twice as many regions or pages as
 * workers wait), so at most that many regions, plus the one being decoded, are in memory
 * whatever the map's size; a 1-gigapixel map does not queue its hundred-odd regions.
 *
 * <p>
 * <strong>Threading:</strong> runs on the caller's thread, which owns the
 * {@link ImageReader} (ImageIO readers are not thread-safe) and the downsampled scan;
 * only decoded regions cross to the workers. The caller waits for the map's regions
 * before it goes on to the next frame.
 */
public final class MapPages implements LargeFrames {

	private static final Logger log = LoggerFactory.getLogger(MapPages.class);

	private final PageRecognition recognition;

	private final ExtractionProperties properties;

	private final AtomicInteger regionsInMemory = new AtomicInteger();

	private final AtomicInteger peakRegionsInMemory = new AtomicInteger();

	private final AtomicLong largestRegionPixels = new AtomicLong();

	public MapPages(PageRecognition recognition, ExtractionProperties properties) {
		this.recognition = recognition;
		this.properties = properties;
	}

	/**
	 * Whether a frame is a large map to read in regions: more pixels than the threshold
	 * at the resolution it would be read at.
	 */
	@Override
	public boolean isLarge(int width, int height, int dpi) {
		int step = step(dpi);
		long read = ((long) width / step) * ((long) height / step);
		return this.properties.mapTileThresholdPixels() > 0 && read > this.properties.mapTileThresholdPixels();
	}

	/**
	 * Reads one frame region by region and puts its words together; regions that fail
	 * twice are left out and their reasons recorded on the page.
	 * @param dpi the frame's stated resolution
	 * @throws IOException when the frame's size cannot be read
	 */
	@Override
	public PageText read(ImageReader reader, int frame, int dpi, @Nullable PageScans scans) throws IOException {
		int number = frame + 1;
		long started = System.nanoTime();
		int width = reader.getWidth(frame);
		int height = reader.getHeight(frame);
		int step = step(dpi);
		int readDpi = Math.max(1, dpi / step);
		MapRegions regions = MapRegions.of(width, height, step, this.properties.mapTileSize(),
				this.properties.mapTileOverlap());
		Scan scan = (scans != null) ? new Scan(width, height, this.properties.mapScanMaxSide()) : null;
		List<Future<RegionText>> reads = new ArrayList<>(regions.regions().size());
		ImageReader regionReader = RegionReaders.of(reader, frame);
		try {
			ImageReadParam param = regionReader.getDefaultReadParam();
			for (MapRegions.Region region : regions.regions()) {
				reads.add(submit(regionReader, frame, param, region, step, readDpi, number, scan));
			}
		}
		finally {
			if (regionReader != reader) {
				regionReader.dispose();
			}
		}
		List<List<MapWords.Line>> lines = new ArrayList<>(reads.size());
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < reads.size(); i++) {
			RegionText read = PageRecognition.await(reads.get(i));
			RecognizedPage recognized = read.recognized();
			if (recognized == null) {
				failures.add("vùng %d: %s".formatted(i + 1, read.failure()));
				lines.add(List.of());
				continue;
			}
			lines.add(MapWords.owned(recognized.hocr(), regions.regions().get(i), step, width, height));
		}
		this.recognition.countPage();
		log.info("Read the {} × {} map on page {} in {} regions of up to {} × {} pixels at {} dpi in {} ms", width,
				height, number, regions.regions().size(), this.properties.mapTileSize(), this.properties.mapTileSize(),
				readDpi, (System.nanoTime() - started) / 1_000_000);
		if (failures.size() == reads.size()) {
			return PageText.failed(number, "không đọc được vùng nào của bản đồ: " + failures.getFirst());
		}
		BufferedImage downsampled = (scan != null) ? scan.finish() : null;
		return page(number, width, height, dpi, MapWords.readingOrder(lines), failures,
				(downsampled != null && scans != null) ? scans.keep(number, downsampled, 0) : null);
	}

	private static PageText page(int number, int width, int height, int dpi, List<MapWords.Line> lines,
			List<String> failures, @Nullable Path scan) {
		String text = MapWords.text(lines);
		String failure = failures.isEmpty() ? null
				: "nhận dạng chữ (OCR) bỏ sót %d vùng của bản đồ; các vùng khác vẫn được giữ: %s"
					.formatted(failures.size(), String.join("; ", failures));
		return new PageText(number, text, text.isEmpty() ? TextSource.NONE : TextSource.OCR,
				MapWords.meanConfidence(lines), MapWords.hocr(lines, width, height, dpi),
				new PageImage(width, height, dpi, 0, 0f), failure, scan);
	}

	/**
	 * Decodes one region and queues it; a region whose pixels are damaged is recorded as
	 * failed and the map goes on.
	 */
	private Future<RegionText> submit(ImageReader reader, int frame, ImageReadParam param, MapRegions.Region region,
			int step, int readDpi, int number, @Nullable Scan scan) {
		BufferedImage pixels;
		try {
			param.setSourceRegion(new Rectangle(region.x(), region.y(), region.width(), region.height()));
			param.setSourceSubsampling(step, step, 0, 0);
			pixels = reader.read(frame, param);
		}
		catch (IOException | RuntimeException ex) {
			// A codec's unchecked failure (RasterFormatException, …) is this region's
			// too: the map goes on.
			return java.util.concurrent.CompletableFuture
				.completedFuture(RegionText.failed("dữ liệu ảnh của vùng bị hỏng: " + ex));
		}
		this.largestRegionPixels.accumulateAndGet((long) pixels.getWidth() * pixels.getHeight(), Math::max);
		this.peakRegionsInMemory.accumulateAndGet(this.regionsInMemory.incrementAndGet(), Math::max);
		if (scan != null) {
			scan.draw(pixels, region);
		}
		return this.recognition.submitRegion(number, pixels, readDpi, this.regionsInMemory::decrementAndGet);
	}

	/** The subsampling step that brings a scan to at most the maximum map resolution. */
	int step(int dpi) {
		return Math.max(1, Math.ceilDiv(dpi, this.properties.mapMaxDpi()));
	}

	/** The most decoded regions that were in memory at once, for tests and the log. */
	int peakRegionsInMemory() {
		return this.peakRegionsInMemory.get();
	}

	/** The largest region decoded, in pixels. */
	long largestRegionPixels() {
		return this.largestRegionPixels.get();
	}

	/**
	 * The map's scan for the searchable PDF, downsampled to a longest side the PDF can
	 * hold, drawn region by region as they are decoded: the frame is not decoded twice.
	 */
	private static final class Scan {

		private final int width;

		private final int height;

		private final double scale;

		private @Nullable BufferedImage image;

		private @Nullable Graphics2D graphics;

		Scan(int width, int height, int maxSide) {
			this.scale = Math.min(1.0, (double) maxSide / Math.max(width, height));
			this.width = Math.max(1, (int) Math.round(width * this.scale));
			this.height = Math.max(1, (int) Math.round(height * this.scale));
		}

		void draw(BufferedImage region, MapRegions.Region where) {
			if (this.graphics == null) {
				// A colour map stays in colour, as other pages' scans do.
				boolean colour = region.getColorModel().getNumColorComponents() > 1;
				this.image = new BufferedImage(this.width, this.height,
						colour ? BufferedImage.TYPE_3BYTE_BGR : BufferedImage.TYPE_BYTE_GRAY);
				this.graphics = this.image.createGraphics();
				this.graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
						RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			}
			int x0 = (int) Math.round(where.x() * this.scale);
			int y0 = (int) Math.round(where.y() * this.scale);
			int x1 = (int) Math.round((where.x() + where.width()) * this.scale);
			int y1 = (int) Math.round((where.y() + where.height()) * this.scale);
			this.graphics.drawImage(region, x0, y0, x1 - x0, y1 - y0, null);
		}

		/** The scan, or null when no region could be decoded. */
		@Nullable BufferedImage finish() {
			if (this.graphics != null) {
				this.graphics.dispose();
			}
			return this.image;
		}

	}

}
