package vn.luutru.archive.index;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A document's archival description as searches filter and count by it, copied onto its
 * document entry whenever an archivist saves the description (Circular 02/2019/TT-BNV
 * fields; PostgreSQL holds the description itself).
 *
 * @param fileCode the archival file it belongs to ("mã hồ sơ"); null when in none
 * @param documentType its type ("tên loại văn bản": Quyết định, Thông báo, …)
 * @param issuer its issuing body ("tác giả/cơ quan ban hành"); null when unknown
 * @param accessRegime {@code cong-khai} or {@code han-che} ("chế độ sử dụng")
 * @param subject its subject ("trích yếu nội dung") as the archivist wrote it
 * @param keywords its keywords ("từ khóa")
 */
public record ArchivalTerms(@Nullable String fileCode, String documentType, @Nullable String issuer,
		String accessRegime, String subject, List<String> keywords) {

	public ArchivalTerms {
		keywords = (keywords != null) ? List.copyOf(keywords) : List.of();
	}

}
