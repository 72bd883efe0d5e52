package io.dealwire.enrich.deal.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Logistic regression over {@link CandidateFeatures}: the probability that a proposed deal is one the article reports.
 * The weights are trained in the repository from the corpus's train split ({@code ScorerTrainer}) and ship as
 * {@code io/dealwire/enrich/scorer/weights.tsv}: {@code threshold} and {@code rule-threshold} lines, then
 * {@code feature<TAB>weight} lines.
 */
public final class CandidateScorer {
    static final String RESOURCE = "/io/dealwire/enrich/scorer/weights.tsv";

    private final Map<String, Double> weights;
    private final double threshold;
    private final double ruleThreshold;

    CandidateScorer(Map<String, Double> weights, double threshold, double ruleThreshold) {
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
        this.ruleThreshold = ruleThreshold;
    }

    /**
     * A scorer with these weights that keeps a trigger's proposal whose probability reaches {@code threshold} and a
     * rule's deal whose probability reaches {@code ruleThreshold} (a rule is written for its wording, so it may be
     * trusted further).
     */
    public static CandidateScorer of(Map<String, Double> weights, double threshold, double ruleThreshold) {
        return new CandidateScorer(weights, threshold, ruleThreshold);
    }

    /** A scorer that keeps every candidate: what the trainer reads candidates with. */
    public static CandidateScorer keepAll() {
        return new CandidateScorer(Map.of("bias", 10.0), 0.0, 0.0);
    }

    /** The weights shipped with the extractor; keeps every candidate when none ship. */
    public static CandidateScorer shipped() {
        try (InputStream in = CandidateScorer.class.getResourceAsStream(RESOURCE)) {
            return in == null ? keepAll() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static CandidateScorer read(InputStream in) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        double threshold = 0.5;
        double ruleThreshold = 0.5;
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells[0].equals("threshold")) {
                threshold = Double.parseDouble(cells[1]);
            } else if (cells[0].equals("rule-threshold")) {
                ruleThreshold = Double.parseDouble(cells[1]);
            } else {
                weights.put(cells[0], Double.parseDouble(cells[1]));
            }
        }
        return new CandidateScorer(weights, threshold, ruleThreshold);
    }

    /** The probability that the candidate with these features is a reported deal. */
    public double probability(Collection<String> features) {
        double z = 0;
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether to keep a candidate with these features. */
    public boolean keeps(Collection<String> features) {
        return probability(features) >= thresholdFor(features);
    }

    /** The probability a candidate with these features needs to be kept. */
    public double thresholdFor(Collection<String> features) {
        return features.contains(CandidateFeatures.RULE) ? ruleThreshold : threshold;
    }
}
