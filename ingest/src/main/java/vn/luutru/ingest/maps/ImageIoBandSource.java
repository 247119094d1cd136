package vn.luutru.ingest.maps;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.jspecify.annotations.Nullable;

/**
 * TIFF (through TwelveMonkeys: BigTIFF, striped and tiled, LZW, Deflate, JPEG, CCITT) and
 * JPEG read as full-width bands with {@link ImageReadParam#setSourceRegion}. The TIFF
 * reader decodes only the strips or tiles a band touches, so a band costs its own rows. A
 * TIFF stored as one huge strip, and a baseline JPEG, restart decoding at the top for
 * every band, which makes them quadratic: see {@code docs/benchmarks.md} for the measured
 * cost.
 */
final class ImageIoBandSource implements BandSource {

	private final ImageInputStream input;

	private final ImageReader reader;

	private final ImageHeader header;

	private int y;

	private @Nullable BufferedImage destination;

	private ImageIoBandSource(ImageInputStream input, ImageReader reader) throws IOException {
		this.input = input;
		this.reader = reader;
		reader.setInput(input, true, false);
		ImageTypeSpecifier type = firstType(reader);
		ColorModel cm = (type != null) ? type.getColorModel() : null;
		IIOMetadata metadata = readMetadata(reader);
		this.header = new ImageHeader(reader.getWidth(0), reader.getHeight(0),
				(cm != null && Pixels.isGrey(cm)) ? 1 : 3, (metadata != null) ? ImageMetadata.dpi(metadata) : null,
				(metadata != null) ? ImageMetadata.geo(metadata) : null);
	}

	/**
	 * Opens {@code file} and reads its header only, or returns {@code null} when no
	 * reader knows the format.
	 */
	static @Nullable ImageIoBandSource open(Path file) throws IOException {
		ImageInputStream input = ImageIO.createImageInputStream(file.toFile());
		if (input == null) {
			throw new IOException("cannot open " + file.getFileName());
		}
		ImageReader reader = pickReader(input);
		if (reader == null) {
			input.close();
			return null;
		}
		try {
			return new ImageIoBandSource(input, reader);
		}
		catch (IOException | RuntimeException ex) {
			reader.dispose();
			input.close();
			throw ex;
		}
	}

	/** TwelveMonkeys before the JDK's TIFF reader: it reads BigTIFF and more codecs. */
	private static @Nullable ImageReader pickReader(ImageInputStream input) {
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		ImageReader first = null;
		while (readers.hasNext()) {
			ImageReader candidate = readers.next();
			if (candidate.getClass().getName().startsWith("com.twelvemonkeys")) {
				if (first != null) {
					first.dispose();
				}
				return candidate;
			}
			if (first == null) {
				first = candidate;
			}
			else {
				candidate.dispose();
			}
		}
		return first;
	}

	private static @Nullable ImageTypeSpecifier firstType(ImageReader reader) throws IOException {
		ImageTypeSpecifier raw = reader.getRawImageType(0);
		if (raw != null) {
			return raw;
		}
		Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
		return types.hasNext() ? types.next() : null;
	}

	private static @Nullable IIOMetadata readMetadata(ImageReader reader) {
		try {
			return reader.getImageMetadata(0);
		}
		catch (IOException | RuntimeException ex) {
			// Resolution and georeference are extras; the pixels may still be readable.
			return null;
		}
	}

	@Override
	public ImageHeader header() {
		return this.header;
	}

	@Override
	public void read(int rows, byte[] into) throws IOException {
		ImageReadParam param = this.reader.getDefaultReadParam();
		param.setSourceRegion(new Rectangle(0, this.y, this.header.width(), rows));
		BufferedImage reuse = this.destination;
		if (reuse != null && reuse.getHeight() >= rows) {
			param.setDestination(reuse);
		}
		BufferedImage band = this.reader.read(0, param);
		if (this.destination == null) {
			this.destination = band;
		}
		Pixels.copy(band, rows, this.header.channels(), into);
		this.y += rows;
	}

	@Override
	public void close() throws IOException {
		this.reader.dispose();
		this.input.close();
	}

}
