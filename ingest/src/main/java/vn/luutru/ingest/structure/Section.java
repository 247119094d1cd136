package vn.luutru.ingest.structure;

import java.util.List;

/**
 * One section of a document: a bookmark of its outline or a heading of its text.
 *
 * @param label its title as the document gives it
 * @param page the 1-based page it starts on
 * @param sections the sections within it, in order
 */
public record Section(String label, int page, List<Section> sections) {

	public Section {
		sections = List.copyOf(sections);
	}

}
