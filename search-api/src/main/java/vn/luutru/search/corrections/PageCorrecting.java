package vn.luutru.search.corrections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.corrections.CorrectedLines;
import vn.luutru.archive.corrections.CorrectedPages;
import vn.luutru.archive.corrections.CorrectionVersion;
import vn.luutru.archive.corrections.PageCorrections;
import vn.luutru.archive.corrections.TextLayerRequests;
import vn.luutru.archive.hocr.HocrLine;
import vn.luutru.archive.hocr.HocrWords;
import vn.luutru.search.audit.AuditedAction;
import vn.luutru.search.corrections.CorrectionProblems.CorrectionNotApplied;
import vn.luutru.search.corrections.CorrectionProblems.PageNotCorrectable;
import vn.luutru.search.corrections.CorrectionProblems.PageNotFound;
import vn.luutru.search.corrections.CorrectionProblems.VersionNotFound;

/**
 * Saves a page's corrections as a new version, audited in the same transaction, then
 * applies every current correction of the page to its stored hOCR and text and to its
 * index entries, and asks a worker to rebuild the searchable PDF's text layer.
 */
@Service
class PageCorrecting {

	private static final Logger log = LoggerFactory.getLogger(PageCorrecting.class);

	private final Documents documents;

	private final PageCorrections corrections;

	private final CorrectedPages pages;

	private final PageReindex reindex;

	private final TextLayerRequests textLayers;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	PageCorrecting(Documents documents, PageCorrections corrections, CorrectedPages pages, PageReindex reindex,
			TextLayerRequests textLayers, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.documents = documents;
		this.corrections = corrections;
		this.pages = pages;
		this.reindex = reindex;
		this.textLayers = textLayers;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** The page's OCR lines as they read now, corrections applied. */
	PageLines lines(String id, int page) {
		DocumentId document = page(id, page).id();
		List<HocrLine> lines = stored(document, id, page);
		int[] size = size(document, page);
		return new PageLines(page, size[0], size[1],
				lines.stream()
					.filter((line) -> line.box() != null)
					.map((line) -> new PageLines.Line(Objects.requireNonNull(line.box()), CorrectedLines.text(line)))
					.toList(),
				this.textLayers.pending(document));
	}

	/** Saves and applies the officer's corrected lines. */
	CorrectionVersion correct(String id, int page, CorrectionRequest request, String user) {
		DocumentId document = page(id, page).id();
		List<CorrectionVersion.Line> changes = CorrectionCheck.changes(request, stored(document, id, page));
		return save(document, page, user, null, changes);
	}

	/**
	 * Saves a version putting back the lines a version changed as they were before it.
	 */
	CorrectionVersion revert(String id, int page, int version, String user) {
		DocumentId document = page(id, page).id();
		CorrectionVersion reverted = this.corrections.version(document, page, version)
			.orElseThrow(() -> new VersionNotFound(id, page, version));
		Map<vn.luutru.archive.hocr.Box, String> now = new LinkedHashMap<>();
		for (HocrLine line : stored(document, id, page)) {
			if (line.box() != null) {
				now.put(line.box(), CorrectedLines.text(line));
			}
		}
		List<CorrectionVersion.Line> back = reverted.lines()
			.stream()
			.map((line) -> new CorrectionVersion.Line(line.box(), now.getOrDefault(line.box(), line.after()),
					line.before()))
			.toList();
		return save(document, page, user, version, back);
	}

	/** The page's versions, oldest first. */
	List<CorrectionVersion> history(String id, int page) {
		return this.corrections.history(page(id, page).id(), page);
	}

	private CorrectionVersion save(DocumentId document, int page, String user, @Nullable Integer reverts,
			List<CorrectionVersion.Line> lines) {
		CorrectionVersion saved = Objects.requireNonNull(this.transactions.execute((status) -> {
			int version = this.corrections.save(document, page, user, reverts, lines);
			this.events.publishEvent(new AuditedAction(
					(reverts != null) ? "document.correction.revert" : "document.correction", "document",
					document.value() + "/" + page, lines.stream().map(CorrectionVersion.Line::before).toList(),
					lines.stream().map(CorrectionVersion.Line::after).toList()));
			return this.corrections.version(document, page, version).orElseThrow();
		}));
		apply(document, page);
		return saved;
	}

	/**
	 * Applies every current correction of the page: idempotent, so a retry is safe. One
	 * at a time in this server, so that two officers saving at once cannot leave the
	 * older version's files last; the rewrite takes milliseconds.
	 */
	private synchronized void apply(DocumentId document, int page) {
		try {
			var text = this.pages.apply(document, page, this.corrections.current(document, page));
			if (text.isPresent()) {
				this.reindex.reindex(document, page, text.get());
			}
			this.textLayers.request(document);
			log.info("Corrected page {} of {}", page, document.value());
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Correction of page {} of {} saved but not applied", page, document.value(), ex);
			throw new CorrectionNotApplied(ex);
		}
	}

	private CatalogedDocument page(String id, int page) {
		CatalogedDocument document;
		try {
			document = this.documents.find(DocumentId.of(id)).orElseThrow(() -> new PageNotFound(id, page));
		}
		catch (IllegalArgumentException ex) {
			throw new PageNotFound(id, page);
		}
		if (page < 1 || page > document.pageCount()) {
			throw new PageNotFound(id, page);
		}
		return document;
	}

	private List<HocrLine> stored(DocumentId document, String id, int page) {
		try {
			List<HocrLine> lines = this.pages.lines(document, page).orElseThrow(() -> new PageNotCorrectable(id, page));
			if (lines.isEmpty()) {
				throw new PageNotCorrectable(id, page);
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private int[] size(DocumentId document, int page) {
		try {
			int[] size = HocrWords.pageSize(java.nio.file.Files.readString(this.pages.hocrFile(document, page)));
			return (size != null) ? size : new int[] { 0, 0 };
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
