package vn.luutru.ingest.maps;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts large map scans into the static IIIF Image API 3 level-0 layout that
 * {@code vips dzsave --layout iiif3} writes, plus {@code full/{w},{h}} renditions of the
 * smallest level and the thumbnail, and {@code thumbnail.jpg}. The source is decoded in
 * full-width bands of {@code tileSize} rows and every pyramid level is built in the same
 * pass, so memory is about two full-resolution bands (a 36,000 px wide colour map: about
 * 110 MB) whatever the height. The declared size is checked against the pixel limit and
 * the heap before any pixel is decoded.
 * <p>
 * Threading: each call to {@code tile} runs on the calling thread (which decodes) and
 * starts its own {@link TilingProperties#threads() threads} JPEG encoders, ended before
 * it returns. Instances are immutable and may be shared; concurrent calls each cost their
 * own bands, so callers should tile one large map at a time per worker.
 */
final class MapTiler implements Tiler {

	private final TilingProperties properties;

	MapTiler(TilingProperties properties) {
		if (properties.tileSize() < 16 || properties.tileSize() % 2 != 0) {
			throw new IllegalArgumentException("tile size must be even and at least 16: " + properties.tileSize());
		}
		this.properties = properties;
	}

	/**
	 * Tiles an image file (TIFF, BigTIFF, JPEG, PNG) into {@code outDir}.
	 * @param baseUri the IIIF service id written into {@code info.json}: the URI
	 * {@code outDir} is served at, without a trailing slash
	 */
	@Override
	public Tiled tile(Path source, Path outDir, String baseUri) {
		BandSource bands;
		try {
			bands = BandSource.open(source);
		}
		catch (UnsupportedImage ex) {
			return Tiled.refused(ex.vietnamese() + " (" + ex.getMessage() + ")");
		}
		catch (IOException | RuntimeException ex) {
			return Tiled.failed("Không đọc được đầu tệp ảnh " + source.getFileName() + " (" + technical(ex) + ")");
		}
		if (bands == null) {
			return Tiled.failed(
					"Định dạng ảnh không được hỗ trợ: " + source.getFileName() + " (no ImageIO reader for this file)");
		}
		try (bands) {
			return tile(bands, outDir, baseUri, source.getFileName().toString());
		}
		catch (IOException ex) {
			return Tiled.failed("Lỗi khi đóng tệp ảnh (" + technical(ex) + ")");
		}
	}

	/**
	 * Tiles an already-rendered page, such as a PDF map page, into {@code outDir}. The
	 * page is in memory already; only the pyramid bands come on top of it.
	 */
	Tiled tile(BufferedImage page, Path outDir, String baseUri) {
		return tile(new PageBandSource(page), outDir, baseUri, "page");
	}

	/**
	 * Renders the PDF page with PDFBox and tiles it. The rendered page is in the heap (4
	 * bytes a pixel) on top of the bands, so its declared size is checked against the
	 * heap as well as the pixel limit before rendering.
	 */
	@Override
	public Tiled tilePdfPage(Path pdf, int page, int dpi, Path outDir, String baseUri) {
		try {
			int[] size = PdfPageSize.of(pdf, page, dpi);
			String refusal = Limits.check(size[0], size[1], 3, this.properties.tileSize(), this.properties);
			long rendered = 4L * size[0] * size[1];
			Runtime runtime = Runtime.getRuntime();
			long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
			if (refusal == null && rendered * 2 > available) {
				refusal = "Trang PDF quá lớn để dựng trong bộ nhớ: %d × %d điểm ảnh ở %d dpi (needs %d MB, %d MB of heap available; the vips engine renders region by region)"
					.formatted(size[0], size[1], dpi, rendered >> 20, available >> 20);
			}
			if (refusal != null) {
				return Tiled.refused(refusal);
			}
			BufferedImage image;
			try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(
					new org.apache.pdfbox.io.RandomAccessReadBufferedFile(pdf.toFile()), "", null, null,
					org.apache.pdfbox.io.IOUtils.createTempFileOnlyStreamCache())) {
				image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(page - 1, dpi,
						org.apache.pdfbox.rendering.ImageType.RGB);
			}
			return tile(image, outDir, baseUri);
		}
		catch (IOException | RuntimeException ex) {
			return Tiled
				.failed("Không dựng được trang " + page + " của " + pdf.getFileName() + " (" + technical(ex) + ")");
		}
	}

	/** Whether an image of this size should be tiled rather than shown whole. */
	@Override
	public boolean shouldTile(int width, int height) {
		return this.properties.shouldTile(width, height);
	}

	private Tiled tile(BandSource bands, Path outDir, String baseUri, String name) {
		ImageHeader header = bands.header();
		String refusal = Limits.check(header.width(), header.height(), header.channels(), this.properties.tileSize(),
				this.properties);
		if (refusal != null) {
			return Tiled.refused(refusal);
		}
		return TileFolder.write(outDir, name, (partial) -> pyramid(bands, partial, baseUri, name));
	}

	private Tiled pyramid(BandSource bands, Path outDir, String baseUri, String name) {
		ImageHeader header = bands.header();
		int tileSize = this.properties.tileSize();
		try {
			Files.createDirectories(outDir);
			List<Integer> scaleFactors;
			List<int[]> sizes;
			try (TileWriter writer = new TileWriter(outDir, header.width(), header.height(), tileSize,
					header.channels(), this.properties, thumbnailLevel(header.width(), header.height()))) {
				scaleFactors = levels(bands, writer);
				sizes = wholeImages(writer, outDir, header);
			}
			TileInfo info = new TileInfo(header.width(), header.height(), tileSize, scaleFactors,
					TileInfo.metresPerPixel(header.geo(), header.dpi()), header.geo(), header.dpi());
			IiifInfo.write(outDir.resolve("info.json"), IiifInfo.addExtras(
					IiifInfo.service(baseUri, header.width(), header.height(), tileSize, scaleFactors, sizes), info));
			return Tiled.ok(info);
		}
		catch (IOException | RuntimeException ex) {
			return Tiled.failed("Tệp ảnh " + name + " bị hỏng hoặc không ghi được mảnh ảnh (" + technical(ex) + ")");
		}
		catch (OutOfMemoryError ex) {
			// The checks before decoding should make this unreachable; a codec's own
			// buffers are the remaining risk, and the heap is usable again once the
			// bands are gone.
			return Tiled.failed("Không đủ bộ nhớ để cắt mảnh ảnh " + name + " (" + ex + ")");
		}
	}

	/**
	 * Every level's tiles, in one pass over the source's bands.
	 * @return the levels' scale factors, 1 first
	 */
	private List<Integer> levels(BandSource bands, TileWriter writer) throws IOException {
		ImageHeader header = bands.header();
		Pyramid pyramid = new Pyramid(header.width(), header.height(), this.properties.tileSize(), header.channels(),
				writer);
		while (pyramid.nextRows() > 0) {
			int rows = pyramid.nextRows();
			bands.read(rows, pyramid.firstBand());
			pyramid.filled(rows);
		}
		writer.finish();
		return pyramid.levels().stream().map((level) -> level.scale).toList();
	}

	/**
	 * The thumbnail and the renditions of the whole image under {@code full/}.
	 * @return the renditions' sizes, smallest first
	 */
	private List<int[]> wholeImages(TileWriter writer, Path outDir, ImageHeader header) throws IOException {
		List<int[]> sizes = new ArrayList<>();
		BufferedImage smallest = writer.smallestImage();
		int[] thumbnailSize = Thumbnails.fit(header.width(), header.height(), this.properties.thumbnailSize());
		BufferedImage thumbnail = Thumbnails.reduce(writer.keptImage(), thumbnailSize[0], thumbnailSize[1],
				header.channels());
		writer.write(thumbnail, outDir.resolve("thumbnail.jpg"));
		sizes.add(new int[] { smallest.getWidth(), smallest.getHeight() });
		writer.write(smallest, full(outDir, smallest.getWidth(), smallest.getHeight()));
		if (thumbnail.getWidth() != smallest.getWidth()) {
			writer.write(thumbnail, full(outDir, thumbnail.getWidth(), thumbnail.getHeight()));
			sizes.add(new int[] { thumbnail.getWidth(), thumbnail.getHeight() });
		}
		sizes.sort((a, b) -> Integer.compare(a[0], b[0]));
		return sizes;
	}

	private static Path full(Path outDir, int width, int height) {
		return outDir.resolve("full").resolve(width + "," + height).resolve("0").resolve("default.jpg");
	}

	/** The smallest level at least as large as the thumbnail, kept whole to reduce it. */
	private int thumbnailLevel(int width, int height) {
		int level = 0;
		long w = width;
		long h = height;
		int tileSize = this.properties.tileSize();
		while ((w > tileSize || h > tileSize)
				&& Math.max((w + 1) / 2, (h + 1) / 2) >= this.properties.thumbnailSize()) {
			w = (w + 1) / 2;
			h = (h + 1) / 2;
			level++;
		}
		return level;
	}

	@Override
	public String toString() {
		return "the Java tiler";
	}

	private static String technical(Throwable ex) {
		String message = ex.getMessage();
		return ex.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

}
