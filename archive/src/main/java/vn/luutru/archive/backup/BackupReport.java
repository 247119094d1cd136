package vn.luutru.archive.backup;

import java.util.List;

/**
 * What a backup wrote.
 *
 * @param documents catalogued documents whose originals it holds
 * @param files payload files, the dump included
 * @param bytes their bytes
 * @param problems each catalogued file missing or not matching its checksum, in words
 */
public record BackupReport(long documents, long files, long bytes, List<String> problems) {

	public BackupReport {
		problems = List.copyOf(problems);
	}

	/** Whether every catalogued file was copied as the catalogue says it is. */
	public boolean complete() {
		return this.problems.isEmpty();
	}

}
