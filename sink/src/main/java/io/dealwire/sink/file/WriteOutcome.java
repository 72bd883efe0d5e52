package io.dealwire.sink.file;

/**
 * What one {@link JsonLinesDealWriter#write} call did.
 *
 * @param written lines appended to the files
 * @param skippedDuplicates lines not written because their event id was already in that day's file (or earlier in
 *     the same batch)
 */
public record WriteOutcome(int written, int skippedDuplicates) {
    public WriteOutcome {
        if (written < 0 || skippedDuplicates < 0) {
            throw new IllegalArgumentException(
                    "counts must be >= 0, was written=" + written + " skippedDuplicates=" + skippedDuplicates);
        }
    }
}
