package vn.luutru.ingest.limits;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RenderBudgetTests {

	@Test
	void aPageWithinTheBudgetIsRenderedAtTheResolutionAskedFor() {
		assertThat(RenderBudget.dpi(PDRectangle.A4, 300, 60_000_000)).isEqualTo(300f);
	}

	@Test
	void aLargerPageIsRenderedAtALowerResolutionThatFits() {
		// A0 at 300 dpi is 140 million pixels.
		float dpi = RenderBudget.dpi(PDRectangle.A0, 300, 60_000_000);

		assertThat(dpi).isBetween(190f, 200f);
		assertThat(PDRectangle.A0.getWidth() / 72 * dpi * PDRectangle.A0.getHeight() / 72 * dpi)
			.isLessThanOrEqualTo(60_000_000f);
	}

	@Test
	void aPageClaimingTheLargestBoxIsStillRenderedWithinTheBudget() {
		// 14,400 points a side, PDF's largest: 200 inches.
		float dpi = RenderBudget.dpi(new PDRectangle(14_400, 14_400), 300, 60_000_000);

		assertThat(dpi).isLessThan(40f);
		assertThat(200 * dpi * 200 * dpi).isLessThanOrEqualTo(60_000_000f);
	}

	@Test
	void aBudgetNoResolutionCanMeetIsRefusedWithItsReason() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RenderBudget.dpi(new PDRectangle(14_400, 14_400), 300, 1_000))
			.withMessageContaining("giới hạn 1000 điểm ảnh");
	}

}
