package vn.luutru.archive.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.luutru.archive.support.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The application connects as a role that can do what the application does and nothing
 * more: the schema belongs to the migration role, and the audit log only takes new rows.
 */
@SpringBootTest(classes = DatabaseRolesIntegrationTests.Stores.class)
class DatabaseRolesIntegrationTests {

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "stores");
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EmbeddedPostgres server;

	@Test
	void theApplicationDoesNotOwnTheSchema() {
		String user = this.jdbc.queryForObject("SELECT current_user", String.class);
		List<String> owners = this.jdbc
			.queryForList("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'", String.class);

		assertThat(owners).isNotEmpty().doesNotContain(user);
		assertThat(this.jdbc.queryForObject(
				"SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles" + " WHERE rolname = current_user",
				Boolean.class))
			.isFalse();
	}

	@Test
	void theApplicationCannotDisableTheAuditTrigger() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.execute("ALTER TABLE audit_log DISABLE TRIGGER ALL"))
			.havingRootCause()
			.withMessageContaining("must be owner");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.execute("DROP TRIGGER audit_log_no_update_or_delete ON audit_log"));
	}

	@Test
	void theAuditLogOnlyTakesNewRows() {
		this.jdbc.update("INSERT INTO audit_log (username, action, subject_type, subject_id) VALUES (?, ?, ?, ?)",
				"kiemtra", "test.append", "test", "1");

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("UPDATE audit_log SET username = 'ai-do'"))
			.havingRootCause()
			.withMessageContaining("permission denied");
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.update("DELETE FROM audit_log"))
			.havingRootCause()
			.withMessageContaining("permission denied");
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.execute("TRUNCATE audit_log"))
			.havingRootCause()
			.withMessageContaining("permission denied");
	}

	@Test
	void theTriggersRefuseEvenTheSchemasOwner() throws Exception {
		try (Connection owner = DriverManager.getConnection(this.server.jdbcUrl(), this.server.username(),
				this.server.password()); Statement statement = owner.createStatement()) {
			// A row trigger fires only for rows there are.
			statement.executeUpdate("INSERT INTO audit_log (username, action, subject_type, subject_id)"
					+ " VALUES ('kiemtra', 'test.owner', 'test', '2')");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.executeUpdate("DELETE FROM audit_log"))
				.withMessageContaining("append-only");
		}
	}

	@Test
	void theApplicationCannotChangeTheSchema() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.execute("CREATE TABLE intruder (id int)"))
			.havingRootCause()
			.withMessageContaining("permission denied");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.execute("ALTER TABLE documents ADD COLUMN intruder int"))
			.havingRootCause()
			.withMessageContaining("must be owner");
	}

	@Test
	void theApplicationReadsAndWritesItsOwnTables() {
		this.jdbc.update("INSERT INTO users (username, display_name, password_hash, role) VALUES (?, ?, ?, ?)"
				+ " ON CONFLICT (username) DO NOTHING", "kiemtra.quyen", "Kiểm tra", "x", "viewer");
		this.jdbc.update("UPDATE users SET display_name = ? WHERE username = ?", "Kiểm tra quyền", "kiemtra.quyen");

		assertThat(this.jdbc.queryForObject("SELECT display_name FROM users WHERE username = ?", String.class,
				"kiemtra.quyen"))
			.isEqualTo("Kiểm tra quyền");
		assertThat(this.jdbc.update("DELETE FROM users WHERE username = ?", "kiemtra.quyen")).isEqualTo(1);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Stores {

	}

}
