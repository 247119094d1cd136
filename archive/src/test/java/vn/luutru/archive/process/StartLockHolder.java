package vn.luutru.archive.process;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Another process for {@link StartLockTests}: takes the lock on a file, says "held", and
 * keeps it for the milliseconds given.
 */
public final class StartLockHolder {

	private StartLockHolder() {
	}

	public static void main(String[] args) throws InterruptedException {
		try (StartLock lock = StartLock.acquire(Path.of(args[0]), "the test store", Duration.ofSeconds(10))) {
			System.out.println("held");
			System.out.flush();
			Thread.sleep(Long.parseLong(args[1]));
		}
	}

}
