package vn.luutru.ingest.fixity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * When workers check the archive's fixity.
 *
 * @param schedule a Spring cron expression (second minute hour day month weekday) in the
 * worker's time zone (default {@code 0 0 2 * * SUN}: Sundays at 02:00, when nobody
 * scans), or {@code -} for never; every running worker keeps the schedule, and a
 * PostgreSQL advisory lock lets one of them run each check
 */
@ConfigurationProperties("luutru.fixity")
public record FixityProperties(@DefaultValue(FixityProperties.WEEKLY) String schedule) {

	static final String WEEKLY = "0 0 2 * * SUN";

	static final String NEVER = "-";

	public FixityProperties {
		schedule = schedule.strip();
		if (!schedule.equals(NEVER) && !CronExpression.isValidExpression(schedule)) {
			throw new IllegalArgumentException("luutru.fixity.schedule must be a cron expression such as '" + WEEKLY
					+ "' or '-' for never, not '" + schedule + "'");
		}
	}

	/** Whether checks run on a schedule at all. */
	boolean scheduled() {
		return !this.schedule.equals(NEVER);
	}

}
