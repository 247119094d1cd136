package vn.luutru.samples;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DejaVu fonts, loaded from their files so that rendering does not depend on
 * fontconfig.
 *
 * <p>
 * DejaVu covers every precomposed Vietnamese letter; a logical font picked by fontconfig
 * may not, and would make the samples differ from machine to machine. Only the regular
 * and bold files of {@code fonts-dejavu-core} are used (the condensed and italic files
 * are in {@code fonts-dejavu-extra}, which the launcher does not install): italics are
 * slanted and the family narrowed by transforms.
 */
final class Fonts {

	static final Path DIRECTORY = Path.of("/usr/share/fonts/truetype/dejavu");

	/** How far italics lean: the horizontal shift per unit of height. */
	static final float SLANT = 0.2f;

	// Fractional metrics: advances measured at point size scale exactly to any
	// resolution.
	static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private static final Logger logger = LoggerFactory.getLogger(Fonts.class);

	private final Family family;

	private final Font regular;

	private final Font bold;

	private Fonts(Family family) {
		this.family = family;
		this.regular = load(family.file(Style.Face.REGULAR), Font.PLAIN);
		this.bold = load(family.file(Style.Face.BOLD), Font.BOLD);
	}

	/**
	 * DejaVu Serif narrowed to the width of the Times New Roman that Vietnamese offices
	 * print in.
	 */
	static Fonts serif() {
		return new Fonts(Family.SERIF);
	}

	/** DejaVu Sans, slightly narrowed. */
	static Fonts sans() {
		return new Fonts(Family.SANS);
	}

	Font font(Style style) {
		return font(style.face(), style.size());
	}

	/**
	 * A face at a size: points for pages, pixels when drawing straight onto an image (the
	 * map sheet).
	 */
	Font font(Style.Face face, float size) {
		Font base = face.bold() ? this.bold : this.regular;
		AffineTransform shape = AffineTransform.getScaleInstance(this.family.narrowing, 1);
		if (face.slanted()) {
			// Java2D's y axis points down: a negative shear leans the tops of the glyphs
			// right.
			shape.shear(-SLANT, 0);
		}
		return base.deriveFont(size).deriveFont(shape);
	}

	Layout.TextMeasure measure() {
		return (text, style) -> (float) font(style).getStringBounds(text, CONTEXT).getWidth();
	}

	private static Font load(Path file, int fallbackStyle) {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
		}
		catch (IOException | FontFormatException ex) {
			logger.warn("Cannot load {} ({}); falling back to the logical font Serif, whose Vietnamese "
					+ "coverage depends on fontconfig. Install fonts-dejavu-core", file, ex.getMessage());
			return new Font(Font.SERIF, fallbackStyle, 12);
		}
	}

	/** A DejaVu family: its regular and bold files, and how much it is narrowed. */
	enum Family {

		SERIF("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", 0.88f), SANS("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", 0.92f);

		private final String regular;

		private final String bold;

		private final float narrowing;

		Family(String regular, String bold, float narrowing) {
			this.regular = regular;
			this.bold = bold;
			this.narrowing = narrowing;
		}

		/**
		 * The file drawing a face: the bold file for bold faces, else the regular one.
		 */
		Path file(Style.Face face) {
			return DIRECTORY.resolve(face.bold() ? this.bold : this.regular);
		}

		/** Horizontal scale applied to every glyph. */
		float narrowing() {
			return this.narrowing;
		}

	}

}
