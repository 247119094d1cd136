package vn.luutru.ingest.limits;

import java.time.Duration;

import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one file may claim or cost before it is set aside: a scan folder's files come from
 * anywhere, and one of them must never stop a batch or exhaust the worker.
 *
 * @param maxPagesPerFile pages a PDF or TIFF may have (default 10000: the thickest
 * environmental impact report is under 2000); a page tree claiming more is set aside
 * before any page is read
 * @param maxPdfImagePixels pixels of one image inside a PDF, counted from the larger of
 * its declared size and the size its JPEG, JPEG 2000 or JBIG2 data states (default 300
 * million: an A0 sheet at 600 dpi is 280 million); a page drawing a larger one is not
 * rendered
 * @param maxRenderPixels pixels of any page rendered from a PDF that is not being OCR'd
 * (text-layer pages for the searchable PDF, map pages for tiles); the resolution is
 * lowered to fit (default 60 million, an A3 page at 600 dpi)
 * @param maxDecodedBytes bytes PDFBox may hold decoded (in memory and its scratch file)
 * for one document (default 2 GB): a small stream that inflates without end fails its
 * page
 * @param maxNesting depth of arrays and dictionaries a PDF may nest (default 256; real
 * files stay under 20): deeper structures would exhaust the parser's stack
 * @param pageTimeout longest one page may take to render or OCR (default 5 minutes; an A4
 * page takes about 2 seconds)
 * @param fileTimeout longest one file may take altogether (default 2 hours)
 */
@ConfigurationProperties("luutru.limits")
public record InputLimits(@DefaultValue("10000") int maxPagesPerFile, @DefaultValue("300000000") long maxPdfImagePixels,
		@DefaultValue("60000000") long maxRenderPixels, @DefaultValue("2GB") DataSize maxDecodedBytes,
		@DefaultValue("256") int maxNesting, @DefaultValue("5m") Duration pageTimeout,
		@DefaultValue("2h") Duration fileTimeout) {

	@ConstructorBinding
	public InputLimits {
		if (maxPagesPerFile <= 0 || maxPdfImagePixels <= 0 || maxRenderPixels <= 0 || maxNesting <= 0
				|| maxDecodedBytes.toBytes() <= 0 || pageTimeout.isNegative() || pageTimeout.isZero()
				|| fileTimeout.isNegative() || fileTimeout.isZero()) {
			throw new IllegalArgumentException("luutru.limits.* must all be positive");
		}
	}

	/** The defaults, for tests and tools that run without Spring. */
	public static InputLimits defaults() {
		return new InputLimits(10_000, 300_000_000L, 60_000_000L, DataSize.ofGigabytes(2), 256, Duration.ofMinutes(5),
				Duration.ofHours(2));
	}

	/** These limits with other deadlines. */
	public InputLimits withTimeouts(Duration page, Duration file) {
		return new InputLimits(this.maxPagesPerFile, this.maxPdfImagePixels, this.maxRenderPixels, this.maxDecodedBytes,
				this.maxNesting, page, file);
	}

	/**
	 * PDFBox's stream cache for one document: a temporary file (so a 300-page report does
	 * not sit in the heap) that refuses to grow past {@link #maxDecodedBytes}.
	 */
	public StreamCacheCreateFunction streamCache() {
		return MemoryUsageSetting.setupTempFileOnly(this.maxDecodedBytes.toBytes()).streamCache;
	}

}
