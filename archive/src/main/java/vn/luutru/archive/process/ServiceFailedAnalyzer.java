package vn.luutru.archive.process;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a store that could not start as one readable paragraph at start-up, instead of
 * a page of nested bean-creation stack traces.
 */
class ServiceFailedAnalyzer extends AbstractFailureAnalyzer<ServiceFailed> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ServiceFailed cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the cause above, or point the archive at running stores with luutru.elasticsearch.mode=external "
						+ "and luutru.postgres.mode=external (see docs/operations.md).",
				cause);
	}

}
