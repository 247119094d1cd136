package vn.luutru.ingest.searchable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

import vn.luutru.archive.catalog.PdfaConformance;

/**
 * Checks a PDF against the PDF/A flavour it declares, with veraPDF. The result is an
 * outcome, never an exception: a file veraPDF cannot parse simply does not conform.
 * Thread-safe: each check makes its own parser and validator.
 */
public final class PdfaValidator {

	private static final int RULES_SHOWN = 5;

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	/** Checks a PDF against the flavour it declares (none declared: not PDF/A). */
	public PdfaConformance check(Path pdf) {
		// veraPDF parses a file that declares no flavour as its default one (1b), so the
		// declaration is read from the XMP first.
		String declared;
		try {
			declared = PdfaDeclaration.of(pdf);
		}
		catch (IOException ex) {
			return new PdfaConformance(null, false, "Không đọc được tệp để kiểm tra PDF/A: " + ex.getMessage(), null);
		}
		if (declared == null) {
			return new PdfaConformance(null, false, "Tệp không khai báo là PDF/A.", null);
		}
		PDFAFlavour flavour = PDFAFlavour.byFlavourId(declared);
		if (flavour == PDFAFlavour.NO_FLAVOUR) {
			return new PdfaConformance(declared, false, "Tệp khai báo PDF/A-" + declared + ", một dạng không biết.",
					null);
		}
		return check(pdf, flavour);
	}

	/** Checks a PDF against a given flavour, whatever it declares. */
	public PdfaConformance check(Path pdf, PDFAFlavour expected) {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), expected)) {
			PDFAFlavour flavour = expected;
			PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
			ValidationResult result = validator.validate(parser);
			if (result.isCompliant()) {
				return new PdfaConformance(flavour.getId(), true, "Đạt PDF/A-" + flavour.getId() + ".", null);
			}
			return new PdfaConformance(flavour.getId(), false, failed(flavour, result.getFailedChecks()), null);
		}
		catch (EncryptedPdfException ex) {
			return new PdfaConformance(null, false, "Tệp được mã hóa, không kiểm tra được PDF/A.", null);
		}
		catch (ModelParsingException | ValidationException ex) {
			return new PdfaConformance(null, false, "Không đọc được tệp để kiểm tra PDF/A: " + ex.getMessage(), null);
		}
		catch (Exception ex) {
			// veraPDF's parser closes with a checked Exception.
			return new PdfaConformance(null, false, "Không kiểm tra được PDF/A: " + ex, null);
		}
	}

	private static String failed(PDFAFlavour flavour, Map<RuleId, Integer> checks) {
		String rules = checks.keySet()
			.stream()
			.limit(RULES_SHOWN)
			.map((rule) -> rule.getClause() + "-" + rule.getTestNumber())
			.collect(Collectors.joining(", "));
		return "Khai báo PDF/A-" + flavour.getId() + " nhưng không đạt " + checks.size() + " quy tắc (" + rules
				+ ((checks.size() > RULES_SHOWN) ? ", …" : "") + ").";
	}

}
