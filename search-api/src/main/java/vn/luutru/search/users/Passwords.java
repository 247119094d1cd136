package vn.luutru.search.users;

import java.security.SecureRandom;

/**
 * Random passwords for new accounts: 16 characters from an alphabet without look-alikes
 * (no 0/O, 1/l/I), about 90 bits, easy to read aloud or copy from a terminal.
 */
final class Passwords {

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Passwords() {
	}

	static String random() {
		StringBuilder password = new StringBuilder(16);
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
