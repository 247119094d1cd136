package vn.luutru.archive.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.luutru.archive.catalog.DocumentId;

/**
 * What the archive derives from each document, kept beside it under
 * {@code <derivatives>/<document id>/}: the word boxes of every OCR'd page as an hOCR
 * file ({@code ocr/page-0001.hocr}), every page's text and how it was read
 * ({@code ocr/page-0001.txt}, {@code ocr/pages.json}, see {@link PageTexts}), the
 * searchable PDF/A ({@code searchable.pdf}) and, for pages worth zooming into (maps,
 * plans), static IIIF image tiles ({@code iiif/page-0001/}).
 */
public final class Derivatives {

	private static final String UNKNOWN_OCR_SYSTEM = "tesseract";

	private static final Pattern OCR_SYSTEM = Pattern.compile("<meta name=\"ocr-system\" content=\"([^\"]*)\"/>");

	private final Path root;

	public Derivatives(Path root) {
		this.root = root;
	}

	/** Where the searchable PDF of a document is kept, whether or not it exists. */
	public Path searchablePdf(DocumentId id) {
		return this.root.resolve(id.value()).resolve("searchable.pdf");
	}

	/**
	 * Where the structure of a document is kept, whether or not it exists: its sections
	 * as JSON ({@code {"source": "outline"|"headings", "sections": [{"label", "page",
	 * "sections"}]}}), from the PDF's outline or the report's headings, written by the
	 * worker at ingest. A document with no structure has none.
	 */
	public Path structure(DocumentId id) {
		return this.root.resolve(id.value()).resolve("structure.json");
	}

	/** Where the hOCR of a page is kept, whether or not it exists. */
	public Path hocr(DocumentId id, int page) {
		return this.root.resolve(id.value()).resolve("ocr").resolve("page-%04d.hocr".formatted(page));
	}

	/**
	 * Where the static IIIF Image API 3 tiles of a page are kept, whether or not they
	 * exist: the folder {@code vips dzsave --layout iiif3} writes, holding
	 * {@code info.json} (whose {@code id} is a placeholder the server rewrites) and the
	 * tiles as {@code {region}/{size}/0/default.jpg}. Ordinary text pages have none.
	 * @param page the 1-based page number
	 */
	public Path iiif(DocumentId id, int page) {
		return this.root.resolve(id.value()).resolve("iiif").resolve("page-%04d".formatted(page));
	}

	/**
	 * Where the small picture of a page that search results show is kept, whether or not
	 * it exists (the search API makes it from the searchable PDF the first time it is
	 * asked for).
	 * @param page the 1-based page number
	 */
	public Path thumbnail(DocumentId id, int page) {
		return this.root.resolve(id.value()).resolve("thumbnails").resolve("page-%04d.jpg".formatted(page));
	}

	/**
	 * Where the picture of a page that the document page shows is kept, whether or not it
	 * exists (made from the searchable PDF the first time it is asked for).
	 * @param page the 1-based page number
	 */
	public Path pagePicture(DocumentId id, int page) {
		return this.root.resolve(id.value()).resolve("pictures").resolve("page-%04d.jpg".formatted(page));
	}

	/**
	 * Keeps a page's hOCR as a complete XHTML document, from an OCR system of no known
	 * version.
	 * @param pageElement Tesseract's {@code ocr_page} element
	 * @param rotation the clockwise turn the page was given before OCR; the boxes are in
	 * that turned image
	 */
	public void keepHocr(DocumentId id, int page, String pageElement, int rotation) throws IOException {
		keepHocr(id, page, pageElement, rotation, UNKNOWN_OCR_SYSTEM);
	}

	/**
	 * Keeps a page's hOCR as a complete XHTML document.
	 * @param pageElement Tesseract's {@code ocr_page} element
	 * @param rotation the clockwise turn the page was given before OCR; the boxes are in
	 * that turned image
	 * @param ocrSystem what read it, for hOCR's {@code ocr-system}
	 * ({@code tesseract 5.3.4}), which ALTO's {@code softwareVersion} is taken from
	 */
	public void keepHocr(DocumentId id, int page, String pageElement, int rotation, String ocrSystem)
			throws IOException {
		Path target = hocr(id, page);
		Files.createDirectories(target.getParent());
		String document = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
				<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
				 <head>
				  <title>%s page %d</title>
				  <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>
				  <meta name="ocr-system" content="%s"/>
				  <meta name="ocr-capabilities" content="ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf"/>
				  <meta name="luutru-rotation" content="%d"/>
				 </head>
				 <body>
				%s
				 </body>
				</html>
				"""
			.formatted(id.value(), page, attribute(ocrSystem), rotation, pageElement);
		Path partial = Durable.partialFor(target);
		try {
			Files.writeString(partial, document, StandardCharsets.UTF_8);
			Durable.publish(partial, target);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/**
	 * The {@code ocr-system} a kept hOCR document states, so that rewriting it (with
	 * corrections) keeps it; {@code tesseract} for one that states none.
	 */
	public static String ocrSystem(String hocr) {
		Matcher matcher = OCR_SYSTEM.matcher(hocr);
		if (!matcher.find()) {
			return UNKNOWN_OCR_SYSTEM;
		}
		return matcher.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
	}

	private static String attribute(String value) {
		return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
