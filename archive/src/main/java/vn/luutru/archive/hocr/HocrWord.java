package vn.luutru.archive.hocr;

/**
 * One recognised word of an hOCR page.
 *
 * @param text the word, NFC
 * @param box where it lies
 * @param confidence Tesseract's confidence in it, 0–100 (0 when hOCR states none)
 */
public record HocrWord(String text, Box box, int confidence) {
}
