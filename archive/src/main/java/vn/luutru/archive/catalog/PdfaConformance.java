package vn.luutru.archive.catalog;

import org.jspecify.annotations.Nullable;

/**
 * What veraPDF found of a born-digital PDF at ingestion, and the PDF/A derivative made
 * when it does not conform.
 *
 * @param claimedFlavour the PDF/A flavour the file declares ({@code 2u}, {@code 1b}, …),
 * null when it declares none
 * @param conforming whether it conforms to the flavour it declares
 * @param summary what was found, for people: the flavour it conforms to, or the failed
 * rules (in Vietnamese)
 * @param derivativeFlavour the flavour of the derivative made and checked ({@code 2u}),
 * null when none was made or it did not pass
 */
public record PdfaConformance(@Nullable String claimedFlavour, boolean conforming, String summary,
		@Nullable String derivativeFlavour) {

	/** A copy recording the derivative made and the flavour it passed. */
	public PdfaConformance withDerivative(@Nullable String flavour) {
		return new PdfaConformance(this.claimedFlavour, this.conforming, this.summary, flavour);
	}

}
