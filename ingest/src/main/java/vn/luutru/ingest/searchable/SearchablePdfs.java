package vn.luutru.ingest.searchable;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jspecify.annotations.Nullable;

import vn.luutru.ingest.limits.InputLimits;
import vn.luutru.ingest.limits.RenderBudget;

/**
 * Makes a document's searchable PDF/A from its pages as the ingestion job read them.
 *
 * <p>
 * Pages OCR read come with their upright image and word boxes. Pages of a PDF whose own
 * text layer was kept (a mixed document) are rendered from the original at
 * {@value #TEXT_LAYER_DPI} dpi (less for a page so large it would exceed the render pixel
 * budget, {@code luutru.limits.max-render-pixels}) and carry their text invisibly line by
 * line, without word positions. Pages that could not be read stay as blank pages so page
 * numbers match.
 */
public final class SearchablePdfs {

	private static final int TEXT_LAYER_DPI = 150;

	private final SearchablePdfProperties properties;

	private final long maxRenderPixels;

	public SearchablePdfs(SearchablePdfProperties properties) {
		this(properties, InputLimits.defaults().maxRenderPixels());
	}

	/** Makes searchable PDFs rendering no page of more than this many pixels. */
	public SearchablePdfs(SearchablePdfProperties properties, long maxRenderPixels) {
		this.properties = properties;
		this.maxRenderPixels = maxRenderPixels;
	}

	/**
	 * One page as the job read it.
	 *
	 * @param number 1-based page number
	 * @param scan the upright image OCR read, or null
	 * @param dpi that image's resolution
	 * @param hocr its words with boxes, or null
	 * @param textLayer the page's own text when it came from the PDF's text layer, else
	 * null
	 */
	public record SourcePage(int number, @Nullable Path scan, int dpi, @Nullable String hocr,
			@Nullable String textLayer) {
	}

	/**
	 * Writes the searchable PDF when at least one page was OCR'd (a born-digital PDF is
	 * searchable as it is).
	 * @param scratch a folder for pages rendered here, deleted by the caller
	 * @return whether a PDF was written
	 * @throws IOException when it cannot be written; the document itself is unaffected
	 */
	public boolean write(Path target, String title, List<SourcePage> pages, @Nullable Path originalPdf, Path scratch)
			throws IOException {
		if (!this.properties.enabled() || pages.stream().noneMatch((page) -> page.scan() != null)) {
			return false;
		}
		compose(target, title, pages, originalPdf, scratch, false);
		return true;
	}

	/** Whether searchable PDFs and PDF/A derivatives are made at all. */
	public boolean enabled() {
		return this.properties.enabled();
	}

	/**
	 * Writes a PDF/A-2u of a born-digital PDF that is not PDF/A: every page rendered from
	 * the original, with its own text laid invisibly over it (fonts, transparency and
	 * colour spaces that break PDF/A are left behind with the original's page content).
	 * @param scratch a folder for pages rendered here, deleted by the caller
	 * @throws IOException when it cannot be written; the document itself is unaffected
	 */
	public void writeRendered(Path target, String title, List<SourcePage> pages, Path originalPdf, Path scratch)
			throws IOException {
		compose(target, title, pages, originalPdf, scratch, true);
	}

	private void compose(Path target, String title, List<SourcePage> pages, @Nullable Path originalPdf, Path scratch,
			boolean renderAll) throws IOException {
		List<SearchablePdf.Page> out = new ArrayList<>(pages.size());
		PDDocument original = null;
		try {
			for (SourcePage page : pages) {
				if (page.scan() != null) {
					out.add(new SearchablePdf.Page(page.scan(), page.dpi(), page.hocr(), null));
				}
				else if ((page.textLayer() != null || renderAll) && originalPdf != null) {
					if (original == null) {
						original = Loader.loadPDF(new RandomAccessReadBufferedFile(originalPdf.toFile()), "", null,
								null, IOUtils.createTempFileOnlyStreamCache());
					}
					Rendered rendered = render(original, page.number(), scratch);
					out.add(new SearchablePdf.Page(rendered.file(), rendered.dpi(), null, page.textLayer()));
				}
				else {
					out.add(new SearchablePdf.Page(null, TEXT_LAYER_DPI, null, null));
				}
			}
			SearchablePdf.write(target, title, out, this.properties.font());
		}
		finally {
			if (original != null) {
				original.close();
			}
		}
	}

	private Rendered render(PDDocument original, int number, Path scratch) throws IOException {
		float dpi = RenderBudget.dpi(original.getPage(number - 1).getCropBox(), TEXT_LAYER_DPI, this.maxRenderPixels);
		PDFRenderer renderer = new PDFRenderer(original);
		renderer.setSubsamplingAllowed(true);
		BufferedImage image = renderer.renderImage(number - 1, dpi / 72f, ImageType.RGB);
		Files.createDirectories(scratch);
		Path file = scratch.resolve("text-layer-page-%05d.jpg".formatted(number));
		ImageIO.write(image, "jpeg", file.toFile());
		return new Rendered(file, Math.max(1, Math.round(dpi)));
	}

	/** A page rendered from the original, and the resolution it was rendered at. */
	private record Rendered(Path file, int dpi) {
	}

}
