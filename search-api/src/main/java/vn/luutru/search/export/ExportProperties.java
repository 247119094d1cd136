package vn.luutru.search.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Archival package downloads.
 *
 * @param maxDocuments the most documents one package may hold (default 200): a search's
 * package takes its first this many, a larger dossier is refused
 */
@ConfigurationProperties("luutru.export")
public record ExportProperties(@DefaultValue("200") int maxDocuments) {
}
