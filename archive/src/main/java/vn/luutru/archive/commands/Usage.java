package vn.luutru.archive.commands;

import java.util.List;

/**
 * One command of an application: its word, its operands and what it does.
 *
 * @param word the command word ({@code add-user})
 * @param operands the operands it takes, all required, in order
 * @param summary what it does, one line for the usage text
 */
public record Usage(String word, List<Operand> operands, String summary) {

	public Usage {
		operands = List.copyOf(operands);
	}

	/** The command as typed: {@code luutru add-user NAME ROLE}. */
	public String synopsis(String program) {
		StringBuilder synopsis = new StringBuilder(program).append(' ').append(this.word);
		this.operands.forEach((operand) -> synopsis.append(' ').append(operand.name()));
		return synopsis.toString();
	}

}
