package io.dealwire.enrich.language;

import java.util.Optional;

/**
 * How many letters of a text belong to each script that decides a language on its own.
 *
 * @param latin Latin letters
 * @param han CJK ideographs
 * @param kana hiragana and katakana
 * @param hangul Korean syllables and jamo
 * @param cyrillic Cyrillic letters
 * @param arabic Arabic letters
 * @param other letters of any other script
 */
record ScriptCounts(int latin, int han, int kana, int hangul, int cyrillic, int arabic, int other) {
    /** Counts the letters of {@code text}. */
    static ScriptCounts of(String text) {
        int[] n = new int[7];
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                n[0] += (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? 1 : 0;
            } else if (Character.isLetter(cp)) {
                n[slot(Character.UnicodeScript.of(cp))]++;
            }
        }
        return new ScriptCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
    }

    private static int slot(Character.UnicodeScript script) {
        return switch (script) {
            case LATIN -> 0;
            case HAN -> 1;
            case HIRAGANA, KATAKANA -> 2;
            case HANGUL -> 3;
            case CYRILLIC -> 4;
            case ARABIC -> 5;
            default -> 6;
        };
    }

    /**
     * The language the script alone decides: kana means Japanese (Japanese writes kana in every sentence, Chinese
     * never), Hangul Korean, Han without kana Chinese; Cyrillic is taken as Russian and Arabic script as Arabic.
     * Empty when Latin letters or another script dominate.
     */
    Optional<String> soleLanguage() {
        int letters = latin + han + kana + hangul + cyrillic + arabic + other;
        if (letters == 0) {
            return Optional.empty();
        }
        int cjk = han + kana;
        if (cjk * 2 > letters) {
            // A few katakana in Chinese (a quoted brand) are not enough: Japanese prose is full of kana.
            return Optional.ofNullable(kana * 10 >= cjk ? "ja" : kana == 0 ? "zh" : null);
        }
        if (hangul * 2 > letters) {
            return Optional.of("ko");
        }
        if (cyrillic * 2 > letters) {
            return Optional.of("ru");
        }
        return arabic * 2 > letters ? Optional.of("ar") : Optional.empty();
    }

    /** Whether at least nine letters in ten are Latin. */
    boolean mostlyLatin() {
        int letters = latin + han + kana + hangul + cyrillic + arabic + other;
        return letters > 0 && latin * 10 >= letters * 9;
    }
}
