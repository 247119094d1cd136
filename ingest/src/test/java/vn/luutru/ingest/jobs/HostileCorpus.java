package vn.luutru.ingest.jobs;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Files built to break an ingestion, written byte by byte so that each is exactly the
 * attack it is named for and a few kilobytes at most: a page-count bomb, an image bomb
 * inside a PDF, image headers claiming gigapixels, deep nesting, an encrypted PDF, a
 * zero-byte file, a truncated PDF, a text file under a scan's name, plus one good
 * born-digital report to be indexed beside them.
 */
final class HostileCorpus {

	static final String GOOD = "bien-ban-tot.pdf";

	/** A word only the good file holds, to find it by. */
	static final String GOOD_WORD = "hostilecorpusmarker";

	private HostileCorpus() {
	}

	static void write(Path folder) throws IOException {
		Files.createDirectories(folder);
		good(folder.resolve(GOOD));
		Files.write(folder.resolve("bom-so-trang.pdf"), pageCountBomb());
		Files.write(folder.resolve("bom-anh.pdf"), imageBomb());
		Files.write(folder.resolve("jpeg-noi-doi.pdf"), lyingJpeg());
		Files.write(folder.resolve("png-khong-lo.png"), gigapixelPng());
		Files.write(folder.resolve("tiff-khong-lo.tif"), gigapixelTiff());
		Files.write(folder.resolve("long-sau.pdf"), deeplyNested());
		encrypted(folder.resolve("ma-hoa.pdf"));
		Files.write(folder.resolve("rong.pdf"), new byte[0]);
		byte[] good = Files.readAllBytes(folder.resolve(GOOD));
		Files.write(folder.resolve("cat-cut.pdf"), Arrays.copyOf(good, 120));
		Files.writeString(folder.resolve("scan.pdf"), "Đây là một tệp văn bản, không phải bản quét.\n");
	}

	static void good(Path file) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText("Bien ban kiem tra hien truong " + GOOD_WORD + " khu dat so 12");
				content.endText();
			}
			document.save(file.toFile());
		}
	}

	/** One real page under a page tree that claims 2,147,483,647 of them. */
	static byte[] pageCountBomb() {
		return pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Count 2147483647 /Kids [3 0 R] >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"));
	}

	/**
	 * A page drawing one 60000 × 60000 grey image (3.6 gigapixels) whose Flate stream is
	 * a few hundred bytes of zeros.
	 */
	static byte[] imageBomb() {
		byte[] zeros = deflate(new byte[256 * 1024]);
		return pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >> >>"
						+ " /Contents 5 0 R >>",
				stream("/Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace /DeviceGray"
						+ " /BitsPerComponent 8 /Filter /FlateDecode", zeros),
				stream("", "q 612 0 0 792 0 0 cm /Im1 Do Q".getBytes(StandardCharsets.US_ASCII))));
	}

	/**
	 * A page whose image says it is 2550 × 3300 (an A4 page at 300 dpi) but whose JPEG
	 * data declares 60000 × 60000: decoding trusts the JPEG, not the PDF.
	 */
	static byte[] lyingJpeg() {
		return pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >> >>"
						+ " /Contents 5 0 R >>",
				stream("/Type /XObject /Subtype /Image /Width 2550 /Height 3300 /ColorSpace /DeviceGray"
						+ " /BitsPerComponent 8 /Filter /DCTDecode", jpegHeader(60000, 60000)),
				stream("", "q 612 0 0 792 0 0 cm /Im1 Do Q".getBytes(StandardCharsets.US_ASCII))));
	}

	/** A page dictionary holding an array nested 200,000 deep. */
	static byte[] deeplyNested() {
		int depth = 200_000;
		String nested = "[".repeat(depth) + "]".repeat(depth);
		return pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep " + nested + " >>"));
	}

	static void encrypted(Path file) throws IOException {
		good(file);
		try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", "mat-khau",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(file.toFile());
		}
	}

	/**
	 * A valid PNG signature and header claiming 100000 × 100000 pixels, then no pixels.
	 */
	static byte[] gigapixelPng() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 0);
		chunk(out, "IHDR", header.put((byte) 0).put((byte) 0).put((byte) 0).array());
		chunk(out, "IDAT", deflate(new byte[1024]));
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/**
	 * A little-endian baseline TIFF whose one frame claims 100000 × 100000 grey pixels.
	 */
	static byte[] gigapixelTiff() {
		int entries = 8;
		ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + entries * 12 + 4 + 16).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		tiff.putShort((short) entries);
		int data = 8 + 2 + entries * 12 + 4;
		entry(tiff, 256, 4, 100_000); // ImageWidth
		entry(tiff, 257, 4, 100_000); // ImageLength
		entry(tiff, 258, 3, 8); // BitsPerSample
		entry(tiff, 259, 3, 1); // Compression: none
		entry(tiff, 262, 3, 1); // Photometric: black is zero
		entry(tiff, 273, 4, data); // StripOffsets
		entry(tiff, 278, 4, 100_000); // RowsPerStrip
		entry(tiff, 279, 4, 16); // StripByteCounts
		tiff.putInt(0);
		return tiff.array();
	}

	private static void entry(ByteBuffer tiff, int tag, int type, int value) {
		tiff.putShort((short) tag).putShort((short) type).putInt(1);
		if (type == 3) {
			tiff.putShort((short) value).putShort((short) 0);
		}
		else {
			tiff.putInt(value);
		}
	}

	/**
	 * A real 16 × 16 grey JPEG whose frame header is then made to claim this size: the
	 * few hundred bytes a decoder would take as a 3.6-gigapixel image.
	 */
	static byte[] jpegHeader(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY), "jpeg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] jpeg = out.toByteArray();
		for (int i = 2; i + 8 < jpeg.length; i++) {
			if (jpeg[i] == (byte) 0xFF && jpeg[i + 1] == (byte) 0xC0) {
				// Marker, length (2), precision (1), then height and width (2 each).
				jpeg[i + 5] = (byte) (height >> 8);
				jpeg[i + 6] = (byte) height;
				jpeg[i + 7] = (byte) (width >> 8);
				jpeg[i + 8] = (byte) width;
				return jpeg;
			}
		}
		throw new IllegalStateException("no baseline frame header");
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	static byte[] deflate(byte[] raw) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		deflater.setInput(raw);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

	/** A stream object's text, its bytes kept as ISO-8859-1 characters. */
	static String stream(String dictionary, byte[] data) {
		return "<< " + dictionary + " /Length " + data.length + " >>\nstream\n"
				+ new String(data, StandardCharsets.ISO_8859_1) + "\nendstream";
	}

	/** A PDF of these objects, numbered from 1, with a correct cross-reference table. */
	static byte[] pdf(List<String> objects) {
		StringBuilder pdf = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append("%010d 00000 n \n".formatted(offset));
		}
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n");
		pdf.append(xref).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

}
