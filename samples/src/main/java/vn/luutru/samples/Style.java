package vn.luutru.samples;

/**
 * Type styles of Vietnamese administrative papers (Decree 30/2020/NĐ-CP: headings bold;
 * the header block a little smaller so that the issuing body and the national motto each
 * fit their column on one line).
 */
enum Style {

	TITLE(16, Face.BOLD), BOLD(13, Face.BOLD), REGULAR(13, Face.REGULAR), ITALIC(13, Face.ITALIC),
	SMALL(11.5f, Face.REGULAR), SMALL_BOLD(11.5f, Face.BOLD), SMALL_BOLD_ITALIC(11.5f, Face.BOLD_ITALIC);

	private final float size;

	private final Face face;

	Style(float size, Face face) {
		this.size = size;
		this.face = face;
	}

	/** Size in points. */
	float size() {
		return this.size;
	}

	Face face() {
		return this.face;
	}

	/** The faces of a family: bold ones drawn from its bold file, italic ones slanted. */
	enum Face {

		REGULAR, BOLD, ITALIC, BOLD_ITALIC;

		boolean bold() {
			return this == BOLD || this == BOLD_ITALIC;
		}

		boolean slanted() {
			return this == ITALIC || this == BOLD_ITALIC;
		}

	}

}
