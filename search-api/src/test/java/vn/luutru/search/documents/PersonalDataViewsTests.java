package vn.luutru.search.documents;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.luutru.search.audit.AuditedAction;
import vn.luutru.search.users.Permission;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snippets as each role sees them: masked before they are cut, so the marks land on what
 * is shown and never inside a number; audited only when they show personal data.
 */
class PersonalDataViewsTests {

	static final String PAGE = "Đơn của ông Nguyễn Văn An, CCCD số 079088001122, điện thoại 0905 111 222, "
			+ "thửa đất số 125, tờ bản đồ số 12, số tiền 1.250.000.000 đồng.";

	final List<Object> audited = new ArrayList<>();

	final PersonalDataViews views = new PersonalDataViews(this.audited::add);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aViewersMarksLandOnTheShownDigitsOnly() {
		signIn(Permission.SEARCH);
		assertThat(this.views.snippet("d", Snippets.forQuery("CCCD 222 125"), PAGE).html()).isEqualTo(
				"Đơn của ông Nguyễn Văn An, <mark>CCCD</mark> số •••••••••122, điện thoại •••• ••• <mark>222</mark>, "
						+ "thửa đất số <mark>125</mark>, tờ bản đồ số 12, số tiền 1.250.000.000 đồng.");
		// A typed number finds the page (the index holds it) but marks nothing masked.
		assertThat(this.views.snippet("d", Snippets.forQuery("0905111222 079088001122"), PAGE).html())
			.doesNotContain("<mark>", "0905", "079088");
		assertThat(this.audited).isEmpty();
	}

	@Test
	void anOfficersSnippetIsWholeAndAuditedWhenItShowsPersonalData() {
		signIn(Permission.SEARCH, Permission.PERSONAL_DATA);
		assertThat(this.views.snippet("d", Snippets.forQuery("0905"), PAGE).html())
			.contains("số 079088001122, điện thoại <mark>0905</mark> 111 222");
		assertThat(this.audited).containsExactly(new AuditedAction("document.personal-data.view", "document", "d", null,
				java.util.Map.of("shown", "snippet")));

		this.audited.clear();
		this.views.snippet("d", Snippets.forQuery("thửa"), "Thửa đất số 125, tờ bản đồ số 12.");
		this.views.pageText("d", 1, "Số: 977/TB-STNMT, mã hồ sơ 000.00.12.H13-191002-0015");
		assertThat(this.audited).isEmpty();
	}

	@Test
	void aHitsTitleAndSubjectAreOneViewAuditedOnce() {
		SearchResults.Hit hit = new SearchResults.Hit("d", "ĐƠN ĐỀ NGHỊ CỦA ÔNG AN, CCCD 079088001122",
				"V/v cấp đổi, liên hệ 0905 111 222", "don.pdf", 1, "", 1, 1, List.of(1));

		signIn(Permission.SEARCH);
		SearchResults.Hit masked = this.views.heading(hit);
		assertThat(masked.title()).doesNotContain("079088").contains("•••");
		assertThat(masked.subject()).doesNotContain("0905");
		assertThat(this.audited).isEmpty();

		signIn(Permission.SEARCH, Permission.PERSONAL_DATA);
		assertThat(this.views.heading(hit)).isEqualTo(hit);
		assertThat(this.audited).containsExactly(new AuditedAction("document.personal-data.view", "document", "d", null,
				java.util.Map.of("shown", "title")));
		this.audited.clear();
		this.views.heading(new SearchResults.Hit("d", "THÔNG BÁO", null, "tb.pdf", 1, "", 1, 1, List.of(1)));
		assertThat(this.audited).isEmpty();
	}

	private static void signIn(Permission... permissions) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("u", null, AuthorityUtils
				.createAuthorityList(java.util.Arrays.stream(permissions).map(Permission::authority).toList())));
	}

}
