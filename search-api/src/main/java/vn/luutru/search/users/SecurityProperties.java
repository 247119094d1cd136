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
 * @param maxFailedSignIns wrong passwords in a row for one account from one client
 * address, through the login page or HTTP Basic, that lock that account for that address
 * only (default 5): from anywhere else it still signs in, so nobody can lock another
 * person out
 * @param lockout how long such an account stays locked for that address (default 15
 * minutes), and the longest an address waits after its failures (below); a new password
 * set on the web server unlocks it at once
 * @param freeFailuresPerAddress wrong passwords from one client address, whatever the
 * accounts, before each further one makes the address wait: {@code firstAddressDelay},
 * then twice as long after each further failure, up to {@code lockout} (default 10); an
 * address's failures are forgotten after {@code lockout} without one
 * @param firstAddressDelay the first such wait (default 1 second)
 */
@ConfigurationProperties("luutru.security")
public record SecurityProperties(@DefaultValue("12") int minPasswordLength, @DefaultValue("false") boolean publicIiif,
		@DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration lockout,
		@DefaultValue("10") int freeFailuresPerAddress, @DefaultValue("1s") Duration firstAddressDelay) {

	public SecurityProperties {
		if (maxFailedSignIns < 1) {
			throw new IllegalArgumentException(
					"luutru.security.max-failed-sign-ins must be at least 1, not " + maxFailedSignIns);
		}
		if (freeFailuresPerAddress < 0) {
			throw new IllegalArgumentException(
					"luutru.security.free-failures-per-address must not be negative, not " + freeFailuresPerAddress);
		}
		if (firstAddressDelay.isNegative() || firstAddressDelay.isZero()) {
			throw new IllegalArgumentException(
					"luutru.security.first-address-delay must be positive, not " + firstAddressDelay);
		}
		if (lockout.isNegative() || lockout.isZero()) {
			throw new IllegalArgumentException("luutru.security.lockout must be positive, not " + lockout);
		}
	}

}
