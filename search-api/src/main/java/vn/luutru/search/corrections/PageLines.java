package vn.luutru.search.corrections;

import java.util.List;

import vn.luutru.archive.hocr.Box;

/**
 * A page's OCR lines as the correction form shows them beside the page image.
 *
 * @param page the page number, from 1
 * @param width the width in pixels of the image the boxes are in
 * @param height its height
 * @param lines the lines, top to bottom as OCR read them
 * @param textLayerPending whether the searchable PDF's text layer still awaits a worker
 */
record PageLines(int page, int width, int height, List<Line> lines, boolean textLayerPending) {

	/**
	 * One line.
	 *
	 * @param box its box: the line's name when correcting it
	 * @param text its text, words separated by spaces
	 */
	record Line(Box box, String text) {
	}

}
