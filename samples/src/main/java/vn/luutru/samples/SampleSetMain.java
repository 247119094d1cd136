package vn.luutru.samples;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the sample set into a folder, for the launcher's demo:
 * {@code SampleSetMain <folder>}.
 */
public final class SampleSetMain {

	private SampleSetMain() {
	}

	/**
	 * Writes the sample set.
	 * @param args the target folder
	 * @throws IOException if a file cannot be written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("Usage: SampleSetMain <folder>");
			System.exit(2);
		}
		for (Path file : SampleSet.generate(Path.of(args[0]))) {
			// Plain output for the shell launcher, which lists what it is about to
			// ingest.
			System.out.println(file);
		}
	}

}
