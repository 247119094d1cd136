package vn.luutru.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import vn.luutru.archive.storage.JdkImageWriters;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes page images as PNG, JPEG and TIFF stating their resolution, as scanners do.
 */
final class ImageFiles {

	private static final String PNG_FORMAT = "javax_imageio_png_1.0";

	private static final String JPEG_FORMAT = "javax_imageio_jpeg_image_1.0";

	private ImageFiles() {
	}

	static void writePng(BufferedImage image, int dpi, Path file) throws IOException {
		ImageWriter writer = JdkImageWriters.of("png");
		write(writer, writer.getDefaultWriteParam(), file, 1, (page) -> image, dpi);
	}

	static void writeJpeg(BufferedImage image, int dpi, float quality, Path file) throws IOException {
		ImageWriter writer = JdkImageWriters.of("jpeg");
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(quality);
		write(writer, param, file, 1, (page) -> image, dpi);
	}

	/**
	 * Writes a TIFF with one frame per page, each drawn only when written.
	 * @param tileSize tile width and height, or 0 for strips
	 */
	static void writeTiff(int pages, IntFunction<BufferedImage> page, int dpi, String compression, int tileSize,
			Path file) throws IOException {
		ImageWriter writer = JdkImageWriters.of("tiff");
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionType(compression);
		if (tileSize > 0) {
			param.setTilingMode(ImageWriteParam.MODE_EXPLICIT);
			param.setTiling(tileSize, tileSize, 0, 0);
		}
		write(writer, param, file, pages, page, dpi);
	}

	private static void write(ImageWriter writer, ImageWriteParam param, Path file, int pages,
			IntFunction<BufferedImage> page, int dpi) throws IOException {
		// A random-access file stream writes in place (TIFF seeks back to link its
		// frames) but does not
		// truncate: an older, longer file would keep its tail.
		Files.deleteIfExists(file);
		try (ImageOutputStream output = ImageIO.createImageOutputStream(file.toFile())) {
			writer.setOutput(output);
			if (pages > 1) {
				writer.prepareWriteSequence(null);
			}
			for (int i = 0; i < pages; i++) {
				BufferedImage image = page.apply(i);
				IIOImage frame = new IIOImage(image, null, resolution(writer, param, image, dpi));
				if (pages > 1) {
					writer.writeToSequence(frame, param);
				}
				else {
					writer.write(null, frame, param);
				}
			}
			if (pages > 1) {
				writer.endWriteSequence();
			}
		}
		finally {
			writer.dispose();
		}
	}

	// Each format states resolution in its own field: TIFF XResolution through the
	// standard tree; PNG
	// pHYs and JPEG JFIF density natively, because the JDK's PNG and JPEG writers
	// mis-convert the standard
	// tree's millimetres per pixel (0.0847 mm became 84 pixels a metre).
	private static @Nullable IIOMetadata resolution(ImageWriter writer, ImageWriteParam param, BufferedImage image,
			int dpi) throws IIOInvalidTreeException {
		IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
		if (metadata == null) {
			return null;
		}
		switch (metadata.getNativeMetadataFormatName()) {
			case PNG_FORMAT -> {
				String perMetre = Long.toString(Math.round(dpi / 0.0254));
				IIOMetadataNode physical = node("pHYs", "pixelsPerUnitXAxis", perMetre);
				physical.setAttribute("pixelsPerUnitYAxis", perMetre);
				physical.setAttribute("unitSpecifier", "meter");
				IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
				root.appendChild(physical);
				metadata.mergeTree(PNG_FORMAT, root);
			}
			case JPEG_FORMAT -> {
				Node root = metadata.getAsTree(JPEG_FORMAT);
				NodeList jfif = ((Element) root).getElementsByTagName("app0JFIF");
				if (jfif.getLength() > 0) {
					Element density = (Element) jfif.item(0);
					density.setAttribute("resUnits", "1");
					density.setAttribute("Xdensity", Integer.toString(dpi));
					density.setAttribute("Ydensity", Integer.toString(dpi));
					metadata.setFromTree(JPEG_FORMAT, root);
				}
			}
			default -> {
				String millimetres = Double.toString(25.4 / dpi);
				IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
				dimension.appendChild(node("HorizontalPixelSize", "value", millimetres));
				dimension.appendChild(node("VerticalPixelSize", "value", millimetres));
				IIOMetadataNode root = new IIOMetadataNode(IIOMetadataFormatImpl.standardMetadataFormatName);
				root.appendChild(dimension);
				metadata.mergeTree(IIOMetadataFormatImpl.standardMetadataFormatName, root);
			}
		}
		return metadata;
	}

	private static IIOMetadataNode node(String name, String attribute, String value) {
		IIOMetadataNode node = new IIOMetadataNode(name);
		node.setAttribute(attribute, value);
		return node;
	}

}
