package vn.luutru.archive.jobs;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which folders scans may be ingested from, by the web server and the workers alike.
 *
 * @param roots absolute folders; a folder is ingested only when it is one of them or lies
 * inside one, after its symbolic links are resolved (default: none listed, which means
 * {@code <luutru.data-dir>/scans}, where {@code luutru demo} also puts its samples). The
 * data directory itself and the archive's stores in it (originals, derivatives,
 * databases) are never ingested, whatever the roots
 */
@ConfigurationProperties("luutru.ingest")
public record IngestRootsProperties(@DefaultValue List<Path> roots) {
}
