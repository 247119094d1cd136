package vn.luutru.ingest.samples;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the sample set into the folder given as the only argument.
 */
public final class SampleSetMain {

	private SampleSetMain() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("Usage: SampleSetMain <folder>");
			System.exit(2);
		}
		for (Path file : SampleSet.generate(Path.of(args[0]))) {
			System.out.println(file);
		}
	}

}
