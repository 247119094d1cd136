package vn.luutru.archive.hocr;

import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes hOCR lines as ALTO v4 text blocks, lines, strings and spaces. Boxes are clamped
 * to the image: hOCR allows a word moved left of or above its region, ALTO positions are
 * not negative.
 */
final class AltoLines {

	private AltoLines() {
	}

	static void write(XMLStreamWriter xml, List<HocrLine> lines) throws XMLStreamException {
		int wordNumber = 1;
		for (int i = 0; i < lines.size(); i++) {
			HocrLine line = lines.get(i);
			Box box = around(line);
			xml.writeStartElement("TextBlock");
			xml.writeAttribute("ID", "block_" + (i + 1));
			place(xml, box);
			xml.writeAttribute("LANG", "vi");
			xml.writeStartElement("TextLine");
			xml.writeAttribute("ID", "line_" + (i + 1));
			place(xml, box);
			List<HocrWord> words = line.words();
			for (int w = 0; w < words.size(); w++) {
				HocrWord word = words.get(w);
				if (w > 0) {
					space(xml, words.get(w - 1).box(), word.box());
				}
				xml.writeEmptyElement("String");
				xml.writeAttribute("ID", "string_" + wordNumber++);
				place(xml, word.box());
				xml.writeAttribute("WC", AltoPage.confidence(word.confidence()));
				xml.writeAttribute("CONTENT", word.text());
			}
			xml.writeEndElement();
			xml.writeEndElement();
		}
	}

	/** The space between two words: from the first's right edge to the next's left. */
	private static void space(XMLStreamWriter xml, Box before, Box after) throws XMLStreamException {
		xml.writeEmptyElement("SP");
		int x = Math.max(0, before.x1());
		xml.writeAttribute("WIDTH", Integer.toString(Math.max(0, after.x0() - before.x1())));
		xml.writeAttribute("HPOS", Integer.toString(x));
		xml.writeAttribute("VPOS", Integer.toString(Math.max(0, Math.min(before.y0(), after.y0()))));
	}

	private static void place(XMLStreamWriter xml, Box box) throws XMLStreamException {
		int x = Math.max(0, box.x0());
		int y = Math.max(0, box.y0());
		AltoPage.position(xml, x, y, box.x1() - x, box.y1() - y);
	}

	/** The line's box, or the box around its words when hOCR gives it none. */
	private static Box around(HocrLine line) {
		if (line.box() != null) {
			return line.box();
		}
		List<Box> boxes = line.words().stream().map(HocrWord::box).toList();
		return new Box(boxes.stream().mapToInt(Box::x0).min().orElse(0),
				boxes.stream().mapToInt(Box::y0).min().orElse(0), boxes.stream().mapToInt(Box::x1).max().orElse(0),
				boxes.stream().mapToInt(Box::y1).max().orElse(0));
	}

}
