package io.dealwire.enrich.nlp;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Reads a sentence through a Lucene tokenizer (nori, kuromoji) with no filter after it, so that every offset points
 * into the sentence as given; blank tokens are skipped. The caller tags each word from the tokenizer's own attributes.
 */
final class LuceneTokens {
    /** The tagged token for the word at [{@code start}, {@code end}), read while the tokenizer stands on it. */
    interface Tagging {
        PartOfSpeech.Token tag(int start, int end, String word);
    }

    private LuceneTokens() {}

    static List<PartOfSpeech.Token> read(Tokenizer words, String sentence, String analyser, Tagging tagging) {
        OffsetAttribute offset = words.addAttribute(OffsetAttribute.class);
        List<PartOfSpeech.Token> tokens = new ArrayList<>();
        try {
            words.setReader(new StringReader(sentence));
            words.reset();
            while (words.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                String word = sentence.substring(start, end);
                if (!word.isBlank()) {
                    tokens.add(tagging.tag(start, end, word));
                }
            }
            words.end();
        } catch (IOException e) {
            throw new UncheckedIOException(analyser + " cannot read a sentence held in memory", e);
        } finally {
            try {
                words.close();
            } catch (IOException e) {
                // closing releases the reader over a string: nothing to lose
            }
        }
        return tokens;
    }
}
