package vn.luutru.search.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.hocr.HocrWords;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.index.IndexFields;
import vn.luutru.archive.storage.Derivatives;

/**
 * Pictures and files of documents that hold personal data, for users who may not see it:
 * a page's picture with its personal words blacked out (their boxes come from the page's
 * OCR words); a page without word boxes (read from a PDF's text layer), and a document's
 * original and PDF (whose text layer holds the numbers too), are withheld with
 * {@link PersonalDataWithheld}. Users who may see it get them as they are, and each view
 * of a page picture or file with personal data is audited.
 */
@Component
class PersonalDataPictures {

	// Blacked-out boxes reach this many pixels of the picture beyond the word's box.
	private static final int MARGIN = 2;

	private final PersonalDataViews views;

	private final IndexedEntries entries;

	private final Derivatives derivatives;

	private final ElasticsearchClient client;

	private final ArchiveIndex index;

	PersonalDataPictures(PersonalDataViews views, IndexedEntries entries, Derivatives derivatives,
			ElasticsearchClient client, ArchiveIndex index) {
		this.views = views;
		this.entries = entries;
		this.derivatives = derivatives;
		this.client = client;
		this.index = index;
	}

	/**
	 * A page's picture and whether its page holds personal data (so that browsers do not
	 * keep it for the next user).
	 *
	 * @param jpeg the picture
	 * @param personal whether the page holds personal data
	 */
	record Picture(byte[] jpeg, boolean personal) {
	}

	/**
	 * A page's picture as the user may see it.
	 * @param picture makes the page's picture
	 * @param audited whether showing it unmasked is audited (not for thumbnails, too
	 * small to read a number from)
	 * @throws PersonalDataWithheld when it holds personal data the user may not see and
	 * has no word boxes to black it out by
	 */
	Picture page(String id, int page, Supplier<byte[]> picture, boolean audited) {
		DocumentId documentId = documentId(id);
		if (!PersonalData.in(this.entries.pageText(documentId, page).orElse(""))) {
			return new Picture(picture.get(), false);
		}
		if (this.views.unmasked()) {
			byte[] jpeg = picture.get();
			if (audited) {
				this.views.viewed(id, Map.of("page", page, "shown", "picture"));
			}
			return new Picture(jpeg, true);
		}
		Path file = this.derivatives.hocr(documentId, page);
		if (!Files.isRegularFile(file)) {
			throw new PersonalDataWithheld(id, page);
		}
		String hocr = read(file);
		int[] size = HocrWords.pageSize(hocr);
		List<HocrWords.Word> words = PersonalWords.in(hocr);
		// The page's text holds personal data its words do not show: nothing to black out
		// by.
		if (size == null || words.isEmpty()) {
			throw new PersonalDataWithheld(id, page);
		}
		return new Picture(blackedOut(picture.get(), size, words), true);
	}

	/**
	 * The original or PDF of a document, if the user may have it.
	 * @throws PersonalDataWithheld when its pages hold personal data the user may not see
	 */
	Original file(String id, Original file) {
		if (texts(id).stream().noneMatch(PersonalData::in)) {
			return file;
		}
		if (!this.views.unmasked()) {
			throw new PersonalDataWithheld(id);
		}
		this.views.viewed(id, Map.of("shown", "file"));
		return file;
	}

	private static byte[] blackedOut(byte[] jpeg, int[] size, List<HocrWords.Word> words) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
			double sx = (double) image.getWidth() / size[0];
			double sy = (double) image.getHeight() / size[1];
			Graphics2D graphics = image.createGraphics();
			graphics.setColor(Color.BLACK);
			for (HocrWords.Word word : words) {
				int x = (int) Math.floor(word.x0() * sx) - MARGIN;
				int y = (int) Math.floor(word.y0() * sy) - MARGIN;
				graphics.fillRect(x, y, (int) Math.ceil(word.x1() * sx) + MARGIN - x,
						(int) Math.ceil(word.y1() * sy) + MARGIN - y);
			}
			graphics.dispose();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "jpeg", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot black out a page picture", ex);
		}
	}

	// Every page's text, from the document's own entry; none when it is not indexed.
	private List<String> texts(String id) {
		try {
			Texts texts = this.client
				.get((g) -> g.index(this.index.alias()).id(documentId(id).value()).sourceIncludes(IndexFields.CONTENT),
						Texts.class)
				.source();
			return (texts != null && texts.content() != null) ? texts.content() : List.of();
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return List.of();
			}
			throw new IndexUnavailable(ex);
		}
		catch (IOException ex) {
			throw new IndexUnavailable(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file.getFileName(), ex);
		}
	}

	private static DocumentId documentId(String id) {
		try {
			return DocumentId.of(id);
		}
		catch (IllegalArgumentException ex) {
			throw new DocumentNotFound(id);
		}
	}

	/**
	 * A document entry's page texts.
	 *
	 * @param content its pages' texts, in page order
	 */
	record Texts(@Nullable List<String> content) {
	}

}
