package vn.luutru.archive.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DocumentIdTests {

	@Test
	void isThePrefixOfTheSha256() {
		String sha256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
		assertThat(DocumentId.fromSha256(sha256).value()).isEqualTo("ba7816bf8f01cfea414140de");
	}

	@Test
	void rejectsAnythingElse() {
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentId.of("../../etc/passwd"));
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentId.of("BA7816BF8F01CFEA414140DE"));
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentId.of("ba7816"));
	}

}
