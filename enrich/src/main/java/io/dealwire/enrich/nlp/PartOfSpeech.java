package io.dealwire.enrich.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal part-of-speech tags for the languages that have a tagger in the build: OpenNLP's UD models for English,
 * German and French, HanLP's segmenter for Chinese (which also finds the words, Chinese being written without spaces;
 * see {@link ChineseWords}), and Lucene's morphological analysers for Korean (nori, {@link KoreanWords}: morphemes, so
 * a name and the particle glued to it come apart) and Japanese (kuromoji, {@link JapaneseWords}). The other languages
 * have none, and their readers use word lists instead.
 *
 * <p>Models load once per process, on first use. Thread-safe: each thread tags with its own tagger over the shared
 * model.
 */
public final class PartOfSpeech {
    private static final Map<String, String> MODELS = Map.of(
            "en", "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
            "de", "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin",
            "fr", "/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin");
    private static final Map<String, Optional<PartOfSpeech>> LOADED = new ConcurrentHashMap<>();

    private final ThreadLocal<POSTaggerME> tagger;
    /** The dictionary analyser of a language it finds the words of (zh, ja, ko); null for the OpenNLP languages. */
    private final Function<String, List<Token>> words;

    private PartOfSpeech(POSModel model) {
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(model));
        this.words = null;
    }

    private PartOfSpeech(Function<String, List<Token>> words) {
        this.tagger = null;
        this.words = words;
    }

    /** The tagger of {@code language}, or empty when the build has no model for it. */
    public static Optional<PartOfSpeech> forLanguage(String language) {
        return LOADED.computeIfAbsent(language, PartOfSpeech::load);
    }

    private static Optional<PartOfSpeech> load(String language) {
        switch (language) {
            case "zh" -> {
                return Optional.of(new PartOfSpeech(new ChineseWords()::tag));
            }
            case "ko" -> {
                return Optional.of(new PartOfSpeech(new KoreanWords()::tag));
            }
            case "ja" -> {
                return Optional.of(new PartOfSpeech(new JapaneseWords()::tag));
            }
            default -> {}
        }
        String resource = MODELS.get(language);
        if (resource == null) {
            return Optional.empty();
        }
        try (InputStream in = PartOfSpeech.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("part-of-speech model missing from the build: " + resource);
            }
            return Optional.of(new PartOfSpeech(new POSModel(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read part-of-speech model " + resource, e);
        }
    }

    /**
     * A word of a sentence with its tag.
     *
     * @param start where it starts in the sentence
     * @param end where it ends
     * @param tag its Universal Dependencies tag (NOUN, PROPN, ADJ, ADV, DET, ADP, VERB, …)
     * @param probability how sure the tagger is of the tag, 0–1 (low on words it has never seen, such as most names)
     */
    public record Token(int start, int end, String tag, double probability) {}

    /** The words of {@code sentence} with their tags, in order. */
    public List<Token> tag(String sentence) {
        if (words != null) {
            return words.apply(sentence);
        }
        List<int[]> spans = Tokens.split(sentence);
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = sentence.substring(spans.get(i)[0], spans.get(i)[1]);
        }
        POSTaggerME me = tagger.get();
        String[] tags = me.tag(words);
        double[] probabilities = me.probs();
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(spans.get(i)[0], spans.get(i)[1], tags[i], probabilities[i]));
        }
        return tokens;
    }
}
