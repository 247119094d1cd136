package vn.luutru.search.dossiers;

import java.util.List;

/**
 * A dossier with the documents attached to it.
 *
 * @param dossier the dossier
 * @param documents its documents, newest attachment first
 */
record DossierView(Dossier dossier, List<LinkedDocument> documents) {
}
