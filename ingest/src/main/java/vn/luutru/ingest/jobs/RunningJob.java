package vn.luutru.ingest.jobs;

/**
 * An ingestion job running in this process.
 *
 * @param requestId its request, the job id the API and the pages show
 * @param executionId its Spring Batch job execution
 */
public record RunningJob(long requestId, long executionId) {
}
