package vn.luutru.archive.corrections;

import vn.luutru.archive.hocr.Box;

/**
 * The text a line of a page should have, the line named by its hOCR box: ids are
 * renumbered by every OCR run, boxes move only a little.
 *
 * @param line the line's box, in the pixels of the image OCR read
 * @param text the line's corrected text, NFC, words separated by spaces
 */
public record LineCorrection(Box line, String text) {
}
