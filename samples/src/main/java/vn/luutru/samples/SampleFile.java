package vn.luutru.samples;

import java.util.List;

/**
 * One file of the sample set and what ingesting it should give.
 *
 * @param name the file name
 * @param mimeType its media type
 * @param pages its page texts in order, NFC, one paragraph a line (for a map sheet, its
 * title block); empty for the damaged file
 * @param textLayer whether it is a born-digital PDF with a real text layer (else its text
 * needs OCR)
 * @param width page width in pixels for image files and scans, 0 for the born-digital and
 * damaged PDFs
 * @param height page height in pixels, likewise
 */
public record SampleFile(String name, String mimeType, List<String> pages, boolean textLayer, int width, int height) {

	/** The number of pages; 0 for the damaged file. */
	public int pageCount() {
		return this.pages.size();
	}

	/** Whether this is the deliberately damaged file, which ingestion must set aside. */
	public boolean damaged() {
		return this.pages.isEmpty();
	}

	/**
	 * The source text of a page.
	 * @param number 1-based page number
	 * @return its text
	 */
	public String expectedText(int number) {
		return this.pages.get(number - 1);
	}

}
