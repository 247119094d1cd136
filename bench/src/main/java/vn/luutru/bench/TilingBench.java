package vn.luutru.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import vn.luutru.ingest.maps.Tiler;
import vn.luutru.ingest.maps.Tilers;
import vn.luutru.ingest.maps.Tiled;
import vn.luutru.ingest.maps.TilingProperties;

/**
 * The tiling benchmark's Java side, driven by {@code bench/tiling.sh}.
 *
 * <ul>
 * <li>{@code raw FILE WIDTH HEIGHT}: writes a generated cadastral-looking map (paper
 * tone, parcels, boundary lines, labels, noise) as raw 8-bit RGB, band by band, for
 * {@code vips rawload} to turn into a tiled TIFF;</li>
 * <li>{@code tile SOURCE OUT}: tiles SOURCE with this product's tiler ({@link Tilers},
 * the Java or the vips engine) and its default settings.</li>
 * </ul>
 */
public final class TilingBench {

	private TilingBench() {
	}

	public static void main(String[] args) throws IOException {
		switch (args[0]) {
			case "raw" -> raw(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
			case "tile" -> tile(Path.of(args[1]), Path.of(args[2]), (args.length > 3) ? args[3] : "java");
			default -> throw new IllegalArgumentException("raw FILE W H | tile SOURCE OUT [java|vips]");
		}
	}

	private static void tile(Path source, Path out, String engine) throws IOException {
		long started = System.nanoTime();
		// The same entry point the ingestion job uses, with the engine asked for.
		Tiler tiler = Tilers.of(engine.equals("vips") ? TilingProperties.defaults() : TilingProperties.javaEngine());
		if (!tiler.getClass()
			.getSimpleName()
			.toLowerCase(java.util.Locale.ROOT)
			.contains(engine.equals("vips") ? "vips" : "map")) {
			throw new IllegalStateException("asked for the " + engine + " engine, got " + tiler);
		}
		// The archive's server tiles map after map in a JVM that already runs: one small
		// map first, so that the figure below is the map's own time and the process's
		// wall time (measured outside) is the cold one.
		Path warmUp = Files.createTempDirectory("tiling-warm-up");
		javax.imageio.ImageIO.write(new BufferedImage(4000, 3000, BufferedImage.TYPE_3BYTE_BGR), "png",
				warmUp.resolve("small.png").toFile());
		Tiled warm = tiler.tile(warmUp.resolve("small.png"), warmUp.resolve("out"), "https://example.org/iiif/warm");
		if (!(warm instanceof Tiled.Ok)) {
			throw new IllegalStateException("warm-up failed: " + warm);
		}
		long warmed = System.nanoTime();
		Tiled tiled = tiler.tile(source, out, "https://example.org/iiif/map");
		long done = System.nanoTime();
		System.out.printf("%s in %.2f s (warm JVM); %.2f s with the start and warm-up, max heap %d MiB%n", tiled,
				(done - warmed) / 1e9, (done - started) / 1e9, Runtime.getRuntime().maxMemory() >> 20);
		System.out.printf("warm-seconds %.3f%n", (done - warmed) / 1e9);
		if (!(tiled instanceof Tiled.Ok)) {
			System.exit(1);
		}
	}

	private static void raw(Path file, int width, int height) throws IOException {
		int bandRows = 512;
		BufferedImage band = new BufferedImage(width, bandRows, BufferedImage.TYPE_3BYTE_BGR);
		byte[] bgr = ((DataBufferByte) band.getRaster().getDataBuffer()).getData();
		byte[] rgb = new byte[bgr.length];
		Font font = new Font(Font.SANS_SERIF, Font.BOLD, 40);
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
			for (int y0 = 0; y0 < height; y0 += bandRows) {
				int rows = Math.min(bandRows, height - y0);
				Graphics2D g = band.createGraphics();
				g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				g.translate(0, -y0);
				g.setColor(new Color(236, 228, 205));
				g.fillRect(0, y0, width, bandRows);
				// Parcels on a 900 × 700 grid, tinted by a hash of their cell.
				for (int cy = (y0 / 700) * 700; cy < y0 + bandRows; cy += 700) {
					for (int cx = 0; cx < width; cx += 900) {
						int h = cx / 900 * 7 + cy / 700 * 13;
						g.setColor(new Color(190 + Math.floorMod(h, 50), 205 + Math.floorMod(h * 3, 40),
								175 + Math.floorMod(h * 7, 60)));
						g.fillRect(cx + 20, cy + 20, 860, 660);
						g.setColor(new Color(90, 50, 40));
						g.setFont(font);
						g.drawString("Thửa " + (cx / 900 + cy / 700 * 100) + " – 312,5 m²", cx + 120, cy + 360);
					}
				}
				g.setColor(new Color(60, 40, 30));
				g.setStroke(new BasicStroke(4));
				for (int x = -height / 4; x < width; x += 737) {
					g.drawLine(x, 0, x + height / 4, height);
				}
				for (int y = -width / 9; y < height; y += 613) {
					g.drawLine(0, y, width, y + width / 9);
				}
				g.dispose();
				Random random = new Random(y0);
				for (int i = 0; i < rows * width * 3; i += 3) {
					int noise = random.nextInt(9) - 4;
					rgb[i] = (byte) Math.clamp((bgr[i + 2] & 0xff) + noise, 0, 255);
					rgb[i + 1] = (byte) Math.clamp((bgr[i + 1] & 0xff) + noise, 0, 255);
					rgb[i + 2] = (byte) Math.clamp((bgr[i] & 0xff) + noise, 0, 255);
				}
				out.write(rgb, 0, rows * width * 3);
			}
		}
	}

}
