package vn.luutru.search.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords counted per client address and per account at that address, so that
 * guessing is slow from anywhere while nobody can lock another person out: five wrong
 * passwords for an account lock that account for that address only, and an address that
 * keeps failing, whatever the accounts, waits longer and longer before each further
 * attempt (which also bounds the password-hash work an address can make the server do).
 *
 * <p>
 * Kept in this web server's memory, like its sessions: a restart forgets the counts.
 * Several web servers behind a balancer each count what reaches them, so the limits then
 * hold per server. Thread-safe.
 */
@Component
class SignInThrottle {

	// Far more than a department has addresses and accounts; beyond it, forgotten entries
	// are dropped first.
	private static final int MAX_ENTRIES = 100_000;

	private final SecurityProperties properties;

	private final Clock clock;

	private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

	private final Map<String, Failures> accounts = new ConcurrentHashMap<>();

	@Autowired
	SignInThrottle(SecurityProperties properties) {
		this(properties, Clock.systemUTC());
	}

	SignInThrottle(SecurityProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * How long a sign-in for this account from this address must wait, or empty when it
	 * may be tried now.
	 */
	Optional<Duration> wait(String address, String username) {
		Instant now = this.clock.instant();
		Instant until = later(blockedUntil(this.addresses.get(address), now),
				blockedUntil(this.accounts.get(key(address, username)), now));
		return (until != null) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	/**
	 * Counts a wrong password.
	 * @return whether it locked the account for this address
	 */
	boolean failed(String address, String username) {
		Instant now = this.clock.instant();
		if (this.addresses.size() + this.accounts.size() > MAX_ENTRIES) {
			forgetOld(now);
		}
		this.addresses.compute(address,
				(key, failures) -> fresh(failures, now).failedFromAddress(now, this.properties));
		Failures account = this.accounts.compute(key(address, username),
				(key, failures) -> fresh(failures, now).failedForAccount(now, this.properties));
		return account.blockedUntil() != null && account.count() == 0;
	}

	/** A right password clears the account's count at this address. */
	void succeeded(String address, String username) {
		this.accounts.remove(key(address, username));
	}

	/** A new password ends the account's locks at every address. */
	void passwordChanged(String username) {
		String suffix = "\n" + Users.canonical(username);
		this.accounts.keySet().removeIf((key) -> key.endsWith(suffix));
	}

	private Failures fresh(@Nullable Failures failures, Instant now) {
		return (failures == null || failures.forgotten(now, this.properties.lockout())) ? Failures.NONE : failures;
	}

	private void forgetOld(Instant now) {
		this.addresses.values().removeIf((failures) -> failures.forgotten(now, this.properties.lockout()));
		this.accounts.values().removeIf((failures) -> failures.forgotten(now, this.properties.lockout()));
		if (this.addresses.size() + this.accounts.size() > MAX_ENTRIES) {
			this.accounts.clear();
		}
	}

	private static String key(String address, String username) {
		return address + "\n" + Users.canonical(username);
	}

	private static @Nullable Instant blockedUntil(@Nullable Failures failures, Instant now) {
		return (failures != null && failures.blockedUntil() != null && failures.blockedUntil().isAfter(now))
				? failures.blockedUntil() : null;
	}

	private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

	/**
	 * Failures in a row and the time of the last.
	 *
	 * @param count failures counted
	 * @param last when the last one was
	 * @param blockedUntil until when attempts wait, or null
	 */
	private record Failures(int count, Instant last, @Nullable Instant blockedUntil) {

		static final Failures NONE = new Failures(0, Instant.EPOCH, null);

		boolean forgotten(Instant now, Duration lockout) {
			return this.last.plus(lockout).isBefore(now)
					&& (this.blockedUntil == null || this.blockedUntil.isBefore(now));
		}

		Failures failedFromAddress(Instant now, SecurityProperties properties) {
			int count = this.count + 1;
			int beyond = count - properties.freeFailuresPerAddress();
			if (beyond <= 0) {
				return new Failures(count, now, this.blockedUntil);
			}
			Duration delay = properties.firstAddressDelay().multipliedBy(1L << Math.min(beyond - 1, 30));
			if (delay.compareTo(properties.lockout()) > 0) {
				delay = properties.lockout();
			}
			return new Failures(count, now, now.plus(delay));
		}

		// The failure that reaches the limit locks and starts the count again.
		Failures failedForAccount(Instant now, SecurityProperties properties) {
			int count = this.count + 1;
			return (count >= properties.maxFailedSignIns()) ? new Failures(0, now, now.plus(properties.lockout()))
					: new Failures(count, now, this.blockedUntil);
		}

	}

}
