package vn.luutru.ingest.extraction;

import org.jspecify.annotations.Nullable;

/**
 * The text of one page.
 *
 * @param number 1-based page number
 * @param text NFC text
 * @param source where it came from
 * @param confidence mean OCR confidence 0–100 when OCR'd
 */
public record PageText(int number, String text, TextSource source, @Nullable Float confidence) {
}
