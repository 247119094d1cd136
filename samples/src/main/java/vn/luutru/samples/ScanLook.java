package vn.luutru.samples;

/**
 * How a generated page looks as if it came off an office scanner.
 *
 * @param skewDegrees rotation of the sheet on the glass
 * @param paper grey level of the paper (255 white)
 * @param noiseSigma standard deviation of the sensor noise, in grey levels
 * @param blur whether to soften the text as a slightly defocused scan does
 * @param specks number of dust specks
 */
record ScanLook(double skewDegrees, int paper, double noiseSigma, boolean blur, int specks) {

	/** A fresh print scanned with a clean flatbed: straight, white, sharp. */
	static final ScanLook CLEAN = new ScanLook(0, 255, 0, false, 0);

	/** A feeder scan of an archived paper: grey, noisy, soft, a degree off. */
	static final ScanLook ARCHIVED = new ScanLook(1.0, 222, 9, true, 60);

	/** A bound report: near white, sharp noise-free pages with a little dust. */
	static final ScanLook REPORT = new ScanLook(0.4, 250, 0, true, 25);

	/** A worn copy of a copy: greyer, noisier, more skewed. */
	static final ScanLook WORN = new ScanLook(-1.3, 205, 14, true, 150);

	ScanLook withSkew(double degrees) {
		return new ScanLook(degrees, this.paper, this.noiseSigma, this.blur, this.specks);
	}

}
