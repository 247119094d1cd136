package vn.luutru.search.export;

import java.util.List;
import java.util.Map;

import vn.luutru.archive.catalog.DocumentId;

/**
 * What an archival package is made of: the documents it holds and a description of the
 * whole (a one-stop dossier's fields, a search's query; a file's (hồ sơ) fields once
 * files exist). Each kind of package is one small implementation in the feature that owns
 * it.
 */
public interface PackageSource {

	/** The kind of package: {@code dossier}, {@code search}, {@code file}. */
	String kind();

	/**
	 * What names it in the audit log and the download's name: a dossier code, a query.
	 */
	String id();

	/** The package-level description, written as {@code description} in the JSON. */
	Map<String, Object> description();

	/** Its documents, in the order they are packed. */
	List<DocumentId> documents();

}
