package io.dealwire.enrich.eval;

/**
 * Matching tallies for one slice of the evaluation.
 *
 * @param matchedPredictions predictions matched to a gold deal
 * @param predictions all predictions
 * @param matchedGold gold deals matched to a prediction
 * @param gold all gold deals
 */
public record Counts(int matchedPredictions, int predictions, int matchedGold, int gold) {
    /** No deals. */
    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    /** The sum of two tallies. */
    public Counts plus(Counts other) {
        return new Counts(
                matchedPredictions + other.matchedPredictions,
                predictions + other.predictions,
                matchedGold + other.matchedGold,
                gold + other.gold);
    }

    /** Matched predictions over predictions; 0 when there are none. */
    public double precision() {
        return predictions == 0 ? 0 : (double) matchedPredictions / predictions;
    }

    /** Matched gold deals over gold deals; 0 when there are none. */
    public double recall() {
        return gold == 0 ? 0 : (double) matchedGold / gold;
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
