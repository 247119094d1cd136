package vn.luutru.archive.commands;

import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * A command line read against a {@link CommandTable}: the command word, its operands, and
 * the {@code --key=value} options, which are Spring Boot properties.
 *
 * @param word the command, in lower case
 * @param operands the words after it, checked against the command's {@link Usage}
 * @param options the {@code --} arguments in their given order
 */
public record CommandLine(String word, List<String> operands, List<String> options) {

	public CommandLine {
		operands = List.copyOf(operands);
		options = List.copyOf(options);
	}

	/** The operand at an index; the usage table has checked it is there. */
	public String operand(int index) {
		return this.operands.get(index);
	}

	/** The options as Spring Boot's arguments. */
	public String[] arguments() {
		return this.options.toArray(String[]::new);
	}

	/** Whether {@code --name} or {@code --name=…} was given. */
	public boolean hasOption(String name) {
		return this.options.stream()
			.anyMatch((option) -> option.equals("--" + name) || option.startsWith("--" + name + "="));
	}

	/**
	 * Binds settings from the options and the environment as Spring Boot would, for
	 * commands that need a setting or two without starting a context ({@code stop}).
	 */
	public <T> T bind(String prefix, Class<T> type) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(arguments()));
		ConfigurationPropertySources.attach(environment);
		return Binder.get(environment).bindOrCreate(prefix, type);
	}

}
