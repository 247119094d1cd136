package vn.luutru.search.users;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and access settings ({@code luutru.security.*}).
 *
 * @param minPasswordLength the shortest password an administrator may set (default 12)
 * @param publicIiif whether the IIIF image and manifest endpoints ({@code /iiif/**})
 * answer without signing in, so that IIIF viewers elsewhere on the department's network
 * can open the archive's images (default false: the archive's papers are not public)
 * @param maxFailedSignIns wrong passwords in a row, through the login page or HTTP Basic,
 * that lock an account (default 5)
 * @param lockout how long such an account stays locked (default 15 minutes); an
 * administrator's new password ({@code ./luutru reset-password}) unlocks it at once
 */
@ConfigurationProperties("luutru.security")
public record SecurityProperties(@DefaultValue("12") int minPasswordLength, @DefaultValue("false") boolean publicIiif,
		@DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration lockout) {

	public SecurityProperties {
		if (maxFailedSignIns < 1) {
			throw new IllegalArgumentException(
					"luutru.security.max-failed-sign-ins must be at least 1, not " + maxFailedSignIns);
		}
		if (lockout.isNegative() || lockout.isZero()) {
			throw new IllegalArgumentException("luutru.security.lockout must be positive, not " + lockout);
		}
	}

}
