package vn.luutru.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.luutru.samples.SampleSet;

/**
 * A few files of the sample set in a folder of their own, for a test that ingests only
 * those.
 */
final class Samples {

	private Samples() {
	}

	/**
	 * Generates the sample set under {@code <scans>/mau} and copies the named files of it
	 * into {@code <scans>/<folder>}.
	 * @return that folder
	 */
	static Path copied(Path scans, String folder, String... names) throws IOException {
		Path all = SampleSet.generate(scans.resolve("mau")).getFirst().getParent();
		Path copies = Files.createDirectories(scans.resolve(folder));
		for (String name : names) {
			Files.copy(all.resolve(name), copies.resolve(name));
		}
		return copies;
	}

}
