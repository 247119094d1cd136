package vn.luutru.ingest.extraction;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.luutru.archive.jobs.OcrPageTimes;
import vn.luutru.ingest.ocr.OcrFailed;
import vn.luutru.ingest.ocr.TesseractUnavailable;
import vn.luutru.ingest.ocr.RecognizedPage;
import vn.luutru.ingest.ocr.TextRecognizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageRecognitionTests {

	final List<FakeRecognizer> made = new CopyOnWriteArrayList<>();

	@Test
	void recognisesPagesInParallelWithOneRecognizerPerWorkerNeverShared() {
		PageRecognition recognition = new PageRecognition(this::make, 300, 2);
		List<Future<PageText>> futures = new ArrayList<>();
		for (int page = 1; page <= 12; page++) {
			futures.add(recognition.submit(page, new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY), 300));
		}
		List<PageText> pages = futures.stream().map(PageRecognition::await).toList();
		recognition.close();

		assertThat(pages).extracting(PageText::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		assertThat(pages).allSatisfy((page) -> assertThat(page.source()).isEqualTo(TextSource.OCR));
		assertThat(this.made).hasSizeBetween(1, 2).allSatisfy((recognizer) -> {
			assertThat(recognizer.threads).hasSize(1);
			assertThat(recognizer.overlapped).isFalse();
			assertThat(recognizer.closed).isTrue();
		});
	}

	@Test
	void theOcrTimeOfEveryPageIsTallied() {
		PageRecognition recognition = new PageRecognition(this::make, 300, 2);
		for (int page = 1; page <= 3; page++) {
			PageRecognition.await(recognition.submit(page, new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY), 300));
		}
		recognition.close();

		assertThat(recognition.ocrPages()).isEqualTo(3);
		assertThat(recognition.ocrNanos()).isPositive();
	}

	/**
	 * Each page in the bucket of its own OCR time: a slow page stands out of a fast file.
	 */
	@Test
	void everyPageIsCountedInTheBucketOfItsOcrSeconds() {
		PageRecognition recognition = new PageRecognition(() -> new TextRecognizer() {
			@Override
			public RecognizedPage recognize(BufferedImage page, int dpi) {
				try {
					// A wide page is a slow one.
					Thread.sleep((page.getWidth() > 4) ? 600 : 5);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return new RecognizedPage("Tài nguyên", 90, dpi, 0, "", 0);
			}

			@Override
			public void close() {
			}
		}, 300, 1);
		for (int page = 1; page <= 3; page++) {
			int width = (page == 2) ? 8 : 4;
			PageRecognition
				.await(recognition.submit(page, new BufferedImage(width, 4, BufferedImage.TYPE_BYTE_GRAY), 300));
		}
		recognition.close();

		long[] expected = OcrPageTimes.none();
		expected[0] = 2;
		expected[OcrPageTimes.BOUNDS.indexOf(1.0)] = 1;
		assertThat(recognition.ocrPagesPerBucket()).containsExactly(expected);
		assertThat(OcrPageTimes.bucket(0)).isZero();
		assertThat(OcrPageTimes.bucket(60_000_000_000L)).isEqualTo(OcrPageTimes.BOUNDS.size() - 1);
		assertThat(OcrPageTimes.bucket(60_000_000_001L)).isEqualTo(OcrPageTimes.BOUNDS.size());
	}

	@Test
	void aBlankPageHasNoText() {
		PageRecognition recognition = new PageRecognition(() -> new FakeRecognizer("  \n"), 300, 1);
		PageText page = PageRecognition.await(recognition.submit(1, new BufferedImage(4, 4, 10), 300));
		recognition.close();

		assertThat(page.source()).isEqualTo(TextSource.NONE);
	}

	@Test
	void aMissingTesseractReachesTheCallerUnchanged() {
		PageRecognition recognition = new PageRecognition(() -> {
			throw new TesseractUnavailable("no Tesseract here");
		}, 300, 1);
		Future<PageText> page = recognition.submit(1, new BufferedImage(4, 4, 10), 300);

		assertThatExceptionOfType(TesseractUnavailable.class).isThrownBy(() -> PageRecognition.await(page))
			.withMessageStartingWith("no Tesseract here");
		recognition.close();
	}

	@Test
	void aPageWhoseOcrFailsOnceIsReadAgainOnAFreshEngine() {
		AtomicInteger engines = new AtomicInteger();
		PageRecognition recognition = new PageRecognition(
				() -> (engines.incrementAndGet() == 1) ? new FailingRecognizer() : new FakeRecognizer("Tài nguyên"),
				300, 1);
		PageText page = PageRecognition.await(recognition.submit(7, new BufferedImage(4, 4, 10), 300));
		recognition.close();

		assertThat(page.source()).isEqualTo(TextSource.OCR);
		assertThat(page.text()).isEqualTo("Tài nguyên");
		assertThat(engines).hasValue(2);
	}

	@Test
	void aPageWhoseOcrFailsTwiceIsRecordedAndTheOthersAreRead() {
		AtomicInteger engines = new AtomicInteger();
		// The first two engines fail (the page and its retry), the third reads the next
		// page.
		PageRecognition recognition = new PageRecognition(
				() -> (engines.incrementAndGet() <= 2) ? new FailingRecognizer() : new FakeRecognizer("Môi trường"),
				300, 1);
		PageText failed = PageRecognition.await(recognition.submit(1, new BufferedImage(4, 4, 10), 300));
		PageText next = PageRecognition.await(recognition.submit(2, new BufferedImage(4, 4, 10), 300));
		recognition.close();

		assertThat(failed.source()).isEqualTo(TextSource.FAILED);
		assertThat(failed.failure()).isEqualTo("nhận dạng chữ (OCR) lỗi hai lần: engine crashed");
		assertThat(next.text()).isEqualTo("Môi trường");
		assertThat(recognition.pagesDone()).isEqualTo(2);
	}

	static final class FailingRecognizer implements TextRecognizer {

		@Override
		public RecognizedPage recognize(BufferedImage page, int dpi) {
			throw new OcrFailed("engine crashed");
		}

		@Override
		public void close() {
		}

	}

	private TextRecognizer make() {
		FakeRecognizer recognizer = new FakeRecognizer("Tài nguyên");
		this.made.add(recognizer);
		return recognizer;
	}

	static final class FakeRecognizer implements TextRecognizer {

		final String text;

		final java.util.Set<Thread> threads = ConcurrentHashMap.newKeySet();

		final AtomicBoolean busy = new AtomicBoolean();

		volatile boolean overlapped;

		volatile boolean closed;

		FakeRecognizer(String text) {
			this.text = text;
		}

		@Override
		public RecognizedPage recognize(BufferedImage page, int dpi) {
			this.threads.add(Thread.currentThread());
			if (!this.busy.compareAndSet(false, true)) {
				this.overlapped = true;
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.busy.set(false);
			return new RecognizedPage(this.text, 90, dpi, 0, "", 0);
		}

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
