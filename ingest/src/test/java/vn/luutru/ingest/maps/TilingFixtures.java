package vn.luutru.ingest.maps;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import vn.luutru.archive.storage.JdkImageWriters;

/** Generated map images, TIFFs written or crafted byte by byte, and tile reassembly. */
final class TilingFixtures {

	private TilingFixtures() {
	}

	/** A cadastral-looking map: paper tone, parcels, labels, a little noise. */
	static BufferedImage map(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(236, 228, 205));
		g.fillRect(0, 0, width, height);
		Random random = new Random(42);
		for (int i = 0; i < 60; i++) {
			g.setColor(new Color(180 + random.nextInt(60), 200 + random.nextInt(50), 170 + random.nextInt(60)));
			g.fillRect(random.nextInt(width), random.nextInt(height), 100 + random.nextInt(400),
					80 + random.nextInt(300));
		}
		g.setColor(new Color(60, 40, 30));
		g.setStroke(new BasicStroke(3));
		for (int x = 0; x < width; x += 237) {
			g.drawLine(x, 0, x + height / 5, height);
		}
		for (int y = 0; y < height; y += 191) {
			g.drawLine(0, y, width, y + width / 9);
		}
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
		for (int i = 0; i < 80; i++) {
			g.drawString("Thửa " + i + " – Tờ bản đồ số 12", random.nextInt(width), random.nextInt(height));
		}
		g.dispose();
		if (type != BufferedImage.TYPE_BYTE_BINARY) {
			var raster = image.getRaster();
			int[] pixel = new int[raster.getNumBands()];
			for (int i = 0; i < width * height / 50; i++) {
				int x = random.nextInt(width);
				int y = random.nextInt(height);
				raster.getPixel(x, y, pixel);
				for (int b = 0; b < pixel.length; b++) {
					pixel[b] = Math.clamp(pixel[b] + random.nextInt(31) - 15, 0, 255);
				}
				raster.setPixel(x, y, pixel);
			}
		}
		return image;
	}

	/** Writes a TIFF with the JDK's writer, which can tile and compress. */
	static void writeTiff(BufferedImage image, Path file, String compression, boolean tiled) throws IOException {
		ImageWriter writer = JdkImageWriters.of("tiff");
		ImageWriteParam param = writer.getDefaultWriteParam();
		if (tiled) {
			param.setTilingMode(ImageWriteParam.MODE_EXPLICIT);
			param.setTiling(256, 256, 0, 0);
		}
		if (compression != null) {
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionType(compression);
			if (compression.equals("JPEG")) {
				param.setCompressionQuality(0.95f);
			}
		}
		Files.deleteIfExists(file);
		try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		writer.dispose();
	}

	/** A TIFF field for {@link #craftTiff}: SHORT 3, LONG 4, RATIONAL 5, DOUBLE 12. */
	record Field(int tag, int type, long[] ints, double[] doubles) {

		static Field shorts(int tag, long... values) {
			return new Field(tag, 3, values, new double[0]);
		}

		static Field rational(int tag, long numerator, long denominator) {
			return new Field(tag, 5, new long[] { numerator, denominator }, new double[0]);
		}

		static Field doubles(int tag, double... values) {
			return new Field(tag, 12, new long[0], values);
		}

		int count() {
			return (this.type == 12) ? this.doubles.length : (this.type == 5) ? this.ints.length / 2 : this.ints.length;
		}

		int size(boolean big) {
			return switch (this.type) {
				case 3 -> 2;
				case 4 -> 4;
				case 16 -> 8;
				default -> 8;
			} * count();
		}

		void put(ByteBuffer buffer) {
			if (this.type == 12) {
				for (double d : this.doubles) {
					buffer.putDouble(d);
				}
				return;
			}
			for (long v : this.ints) {
				switch (this.type) {
					case 3 -> buffer.putShort((short) v);
					case 16 -> buffer.putLong(v);
					default -> buffer.putInt((int) v);
				}
			}
		}

	}

	/**
	 * An uncompressed striped TIFF or BigTIFF crafted byte by byte: 8-bit grey or RGB
	 * from {@code image}, or, with {@code image} null, only a header claiming the size.
	 */
	static byte[] craftTiff(boolean big, int width, int height, int samples, BufferedImage image, List<Field> extra) {
		int rowsPerStrip = (image != null) ? 64 : height;
		int strips = (height + rowsPerStrip - 1) / rowsPerStrip;
		byte[] pixels = new byte[0];
		if (image != null) {
			pixels = new byte[width * height * samples];
			Raster raster = image.getRaster();
			int[] row = new int[width * samples];
			for (int y = 0; y < height; y++) {
				raster.getPixels(0, y, width, 1, row);
				for (int i = 0; i < row.length; i++) {
					pixels[y * width * samples + i] = (byte) row[i];
				}
			}
		}
		int header = big ? 16 : 8;
		long[] offsets = new long[strips];
		long[] counts = new long[strips];
		for (int s = 0; s < strips; s++) {
			int rows = Math.min(rowsPerStrip, height - s * rowsPerStrip);
			offsets[s] = header + (long) s * rowsPerStrip * width * samples;
			counts[s] = (image != null) ? (long) rows * width * samples : 16;
		}
		int offsetType = big ? 16 : 4;
		List<Field> fields = new ArrayList<>(extra);
		fields.add(new Field(256, 4, new long[] { width }, new double[0]));
		fields.add(new Field(257, 4, new long[] { height }, new double[0]));
		long[] bits = new long[samples];
		java.util.Arrays.fill(bits, 8);
		fields.add(Field.shorts(258, bits));
		fields.add(Field.shorts(259, 1));
		fields.add(Field.shorts(262, (samples == 1) ? 1 : 2));
		fields.add(new Field(273, offsetType, offsets, new double[0]));
		fields.add(Field.shorts(277, samples));
		fields.add(new Field(278, 4, new long[] { rowsPerStrip }, new double[0]));
		fields.add(new Field(279, offsetType, counts, new double[0]));
		fields.sort(Comparator.comparingInt(Field::tag));
		int dataLength = Math.max(pixels.length, 16);
		int ifd = header + dataLength;
		int entrySize = big ? 20 : 12;
		int inline = big ? 8 : 4;
		int ifdSize = (big ? 8 : 2) + fields.size() * entrySize + (big ? 8 : 4);
		int overflow = ifd + ifdSize;
		int total = overflow + fields.stream().mapToInt((f) -> (f.size(big) > inline) ? f.size(big) : 0).sum();
		ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
		buffer.put((byte) 'I').put((byte) 'I');
		if (big) {
			buffer.putShort((short) 43).putShort((short) 8).putShort((short) 0).putLong(ifd);
		}
		else {
			buffer.putShort((short) 42).putInt(ifd);
		}
		buffer.put(pixels);
		buffer.position(ifd);
		if (big) {
			buffer.putLong(fields.size());
		}
		else {
			buffer.putShort((short) fields.size());
		}
		int next = overflow;
		for (Field f : fields) {
			buffer.putShort((short) f.tag()).putShort((short) f.type());
			if (big) {
				buffer.putLong(f.count());
			}
			else {
				buffer.putInt(f.count());
			}
			int at = buffer.position();
			if (f.size(big) <= inline) {
				f.put(buffer);
			}
			else {
				if (big) {
					buffer.putLong(next);
				}
				else {
					buffer.putInt(next);
				}
				int back = buffer.position();
				buffer.position(next);
				f.put(buffer);
				next = buffer.position();
				buffer.position(back);
			}
			buffer.position(at + inline);
		}
		return buffer.array();
	}

	/** Path of every tile written, relative to {@code out}, excluding {@code full/}. */
	static Set<String> tilePaths(Path out) throws IOException {
		try (Stream<Path> files = Files.walk(out)) {
			return files.filter((p) -> p.getFileName().toString().equals("default.jpg"))
				.map((p) -> out.relativize(p).toString())
				.filter((p) -> !p.startsWith("full/"))
				.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
		}
	}

	/** The level of scale factor {@code scale} put back together from its tiles. */
	static int[][] reassemble(Path out, int width, int height, int tileSize, int scale) throws IOException {
		int levelWidth = (width + scale - 1) / scale;
		int levelHeight = (height + scale - 1) / scale;
		int[][] level = null;
		for (int y = 0; y < levelHeight; y += tileSize) {
			for (int x = 0; x < levelWidth; x += tileSize) {
				int w = Math.min(tileSize, levelWidth - x);
				int h = Math.min(tileSize, levelHeight - y);
				String region = (x * scale) + "," + (y * scale) + "," + Math.min(tileSize * scale, width - x * scale)
						+ "," + Math.min(tileSize * scale, height - y * scale);
				Path file = out.resolve(region).resolve(w + "," + h).resolve("0").resolve("default.jpg");
				BufferedImage tile = ImageIO.read(file.toFile());
				int[][] samples = samples(tile);
				int bands = tile.getRaster().getNumBands();
				if (level == null) {
					level = new int[levelHeight][levelWidth * bands];
				}
				if (tile.getWidth() != w || tile.getHeight() != h) {
					throw new AssertionError(file + " is " + tile.getWidth() + "×" + tile.getHeight());
				}
				for (int r = 0; r < h; r++) {
					System.arraycopy(samples[r], 0, level[y + r], x * bands, w * bands);
				}
			}
		}
		return level;
	}

	/** Samples row by row, bilevel scaled to 0–255. */
	static int[][] samples(BufferedImage image) {
		Raster raster = image.getRaster();
		int bands = raster.getNumBands();
		boolean bilevel = image.getType() == BufferedImage.TYPE_BYTE_BINARY;
		int[][] rows = new int[image.getHeight()][];
		for (int y = 0; y < image.getHeight(); y++) {
			rows[y] = raster.getPixels(0, y, image.getWidth(), 1, new int[image.getWidth() * bands]);
			if (bilevel) {
				for (int i = 0; i < rows[y].length; i++) {
					rows[y][i] *= 255;
				}
			}
		}
		return rows;
	}

	/** The original box-averaged by {@code scale}, as the pyramid should be. */
	static int[][] downscale(int[][] original, int bands, int scale) {
		int height = original.length;
		int width = original[0].length / bands;
		int lw = (width + scale - 1) / scale;
		int lh = (height + scale - 1) / scale;
		int[][] level = new int[lh][lw * bands];
		for (int y = 0; y < lh; y++) {
			for (int x = 0; x < lw; x++) {
				for (int b = 0; b < bands; b++) {
					long sum = 0;
					int n = 0;
					for (int yy = y * scale; yy < Math.min(height, (y + 1) * scale); yy++) {
						for (int xx = x * scale; xx < Math.min(width, (x + 1) * scale); xx++) {
							sum += original[yy][xx * bands + b];
							n++;
						}
					}
					level[y][x * bands + b] = (int) (sum / n);
				}
			}
		}
		return level;
	}

	/** Mean absolute difference per sample. */
	static double meanError(int[][] a, int[][] b) {
		long sum = 0;
		long n = 0;
		for (int y = 0; y < a.length; y++) {
			for (int i = 0; i < a[y].length; i++) {
				sum += Math.abs(a[y][i] - b[y][i]);
				n++;
			}
		}
		return (double) sum / n;
	}

}
