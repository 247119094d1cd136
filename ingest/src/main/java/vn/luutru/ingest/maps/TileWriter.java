package vn.luutru.ingest.maps;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * Cuts each level band into tiles and JPEG-encodes them on a small pool while the calling
 * thread decodes the next band. The tiles waiting for a thread are bounded to about one
 * full-resolution band, so a slow disk slows decoding rather than filling the heap.
 * Writes the IIIF Image API 3 level-0 layout of {@code vips dzsave --layout iiif3}:
 * {@code {x},{y},{w},{h}/{sw},{sh}/0/default.jpg}, region in full-image pixels and size
 * in the canonical IIIF 3 form {@code w,h}.
 */
final class TileWriter implements Pyramid.TileSink, AutoCloseable {

	private final Path out;

	private final int fullWidth;

	private final int fullHeight;

	private final int tileSize;

	private final int channels;

	private final float quality;

	private final ExecutorService pool;

	private final Semaphore inFlight;

	private final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();

	private final ThreadLocal<ImageWriter> writers = ThreadLocal.withInitial(TileWriter::jpegWriter);

	private final List<ImageWriter> allWriters = new ArrayList<>();

	private final int keepLevel;

	private byte @Nullable [] kept;

	private int keptWidth;

	private int keptHeight;

	private byte @Nullable [] smallest;

	private int smallestWidth;

	private int smallestHeight;

	TileWriter(Path out, int width, int height, int tileSize, int channels, TilingProperties properties,
			int keepLevel) {
		this.out = out;
		this.fullWidth = width;
		this.fullHeight = height;
		this.tileSize = tileSize;
		this.channels = channels;
		this.quality = properties.jpegQuality();
		int threads = properties.effectiveThreads();
		this.pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("tiling-", 0).daemon().factory());
		int tilesAcross = (width + tileSize - 1) / tileSize;
		this.inFlight = new Semaphore(tilesAcross + 2 * threads);
		this.keepLevel = keepLevel;
	}

	private static ImageWriter jpegWriter() {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
		if (!writers.hasNext()) {
			throw new IllegalStateException("no ImageIO JPEG writer");
		}
		return writers.next();
	}

	@Override
	public void band(Pyramid.Level level, int y, int rows, byte[] pixels) throws IOException {
		rethrow();
		if (level.index == this.keepLevel) {
			keep(level, y, rows, pixels);
		}
		if (level.next == null) {
			this.smallest = java.util.Arrays.copyOf(pixels, level.width * rows * this.channels);
			this.smallestWidth = level.width;
			this.smallestHeight = rows;
		}
		int s = level.scale;
		int regionY = y * s;
		int regionH = Math.min(this.tileSize * s, this.fullHeight - regionY);
		for (int x = 0; x < level.width; x += this.tileSize) {
			int w = Math.min(this.tileSize, level.width - x);
			byte[] tile = new byte[w * rows * this.channels];
			for (int r = 0; r < rows; r++) {
				System.arraycopy(pixels, (r * level.width + x) * this.channels, tile, r * w * this.channels,
						w * this.channels);
			}
			int regionX = x * s;
			int regionW = Math.min(this.tileSize * s, this.fullWidth - regionX);
			Path file = this.out.resolve(regionX + "," + regionY + "," + regionW + "," + regionH)
				.resolve(w + "," + rows)
				.resolve("0")
				.resolve("default.jpg");
			submit(tile, w, rows, file);
		}
	}

	private void keep(Pyramid.Level level, int y, int rows, byte[] pixels) {
		if (this.kept == null) {
			this.kept = new byte[Math.multiplyExact(level.width * level.height, this.channels)];
			this.keptWidth = level.width;
			this.keptHeight = level.height;
		}
		System.arraycopy(pixels, 0, this.kept, y * level.width * this.channels, rows * level.width * this.channels);
	}

	private void submit(byte[] pixels, int width, int height, Path file) throws IOException {
		try {
			this.inFlight.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
		this.pool.execute(() -> {
			try {
				if (this.failure.get() == null) {
					write(Pixels.image(pixels, width, height, this.channels), file);
				}
			}
			catch (Throwable ex) {
				this.failure.compareAndSet(null, ex);
			}
			finally {
				this.inFlight.release();
			}
		});
	}

	/** Encodes {@code image} as a JPEG at {@code file}, creating its folders. */
	void write(BufferedImage image, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		ImageWriter writer = this.writers.get();
		synchronized (this.allWriters) {
			if (!this.allWriters.contains(writer)) {
				this.allWriters.add(writer);
			}
		}
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(this.quality);
		try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
				ImageOutputStream output = new MemoryCacheImageOutputStream(stream)) {
			writer.setOutput(output);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.setOutput(null);
		}
	}

	/** Waits for the tiles in flight, then throws the first encoding failure. */
	void finish() throws IOException {
		this.pool.shutdown();
		try {
			while (!this.pool.awaitTermination(1, TimeUnit.MINUTES)) {
				// Large levels on a slow disk take their time; keep waiting.
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
		rethrow();
	}

	private void rethrow() throws IOException {
		Throwable ex = this.failure.get();
		if (ex instanceof IOException io) {
			throw io;
		}
		if (ex instanceof UncheckedIOException unchecked) {
			throw unchecked.getCause();
		}
		if (ex instanceof Error error) {
			throw error;
		}
		if (ex != null) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	/** The whole level kept for the thumbnail, as an image. */
	BufferedImage keptImage() {
		return Pixels.image(this.kept, this.keptWidth, this.keptHeight, this.channels);
	}

	/** The level that fits one tile, as an image. */
	BufferedImage smallestImage() {
		return Pixels.image(this.smallest, this.smallestWidth, this.smallestHeight, this.channels);
	}

	int channels() {
		return this.channels;
	}

	@Override
	public void close() {
		this.pool.shutdownNow();
		synchronized (this.allWriters) {
			this.allWriters.forEach(ImageWriter::dispose);
		}
	}

}
