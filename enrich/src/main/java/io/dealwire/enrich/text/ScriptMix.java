package io.dealwire.enrich.text;

/**
 * How the letters of a piece of text switch between writing systems. Real prose and real company names keep to one
 * system for long stretches ("TCL科技", "SK하이닉스" switch once); random junk switches at almost every letter.
 */
public final class ScriptMix {
    /** Letters of the same family can mix freely: Han and kana are one family (Japanese writes both). */
    private enum Family {
        LATIN,
        CJK,
        HANGUL,
        CYRILLIC,
        GREEK,
        ARABIC,
        HEBREW,
        OTHER
    }

    /** Below this many letters a sentence is never judged junk. */
    private static final int MIN_LETTERS = 20;

    private ScriptMix() {}

    /**
     * Whether {@code sentence} reads as junk rather than prose: at least {@value #MIN_LETTERS} letters and a switch of
     * writing system at more than one letter in five.
     */
    public static boolean isJunk(String sentence) {
        int letters = 0;
        int switches = 0;
        Family previous = null;
        for (int i = 0; i < sentence.length(); ) {
            int cp = sentence.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Family family = family(cp);
            letters++;
            if (family == null) {
                continue;
            }
            if (previous != null && family != previous) {
                switches++;
            }
            previous = family;
        }
        return letters >= MIN_LETTERS && switches * 5 > letters;
    }

    /**
     * Whether {@code name} is written as company names are: at least two letters or digits, at most one writing
     * system besides Latin, and Latin letters glued to another system only as an upper-case run of two or more
     * ("TCL科技", "SK하이닉스", not "k收" or "Y购").
     */
    public static boolean isNameShaped(String name) {
        int letters = 0;
        int alphanumerics = 0;
        Family other = null;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp)) {
                alphanumerics++;
            }
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            alphanumerics++;
            Family family = family(cp);
            if (family != null && family != Family.LATIN) {
                if (other != null && other != family) {
                    return false;
                }
                other = family;
            }
        }
        if (letters == 0 || alphanumerics < 2) {
            return false;
        }
        return other == null || latinRunsAreAcronyms(name);
    }

    /** Every run of Latin letters is upper case and at least two long (digits may sit in it). */
    private static boolean latinRunsAreAcronyms(String name) {
        int run = 0;
        for (int i = 0; i <= name.length(); ) {
            int cp = i < name.length() ? name.codePointAt(i) : ' ';
            i += i < name.length() ? Character.charCount(cp) : 1;
            boolean latin = Character.isLetter(cp) && family(cp) == Family.LATIN;
            if (latin) {
                if (!Character.isUpperCase(cp)) {
                    return false;
                }
                run++;
            } else if (Character.isDigit(cp) && run > 0) {
                run++;
            } else {
                if (run == 1) {
                    return false;
                }
                run = 0;
            }
        }
        return true;
    }

    private static Family family(int cp) {
        if (cp < 0x80) {
            return Family.LATIN;
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case LATIN -> Family.LATIN;
            case HAN, HIRAGANA, KATAKANA -> Family.CJK;
            case HANGUL -> Family.HANGUL;
            case CYRILLIC -> Family.CYRILLIC;
            case GREEK -> Family.GREEK;
            case ARABIC -> Family.ARABIC;
            case HEBREW -> Family.HEBREW;
            // Marks shared by several systems (the katakana-hiragana prolonged sound mark ー) take their neighbours'.
            case COMMON, INHERITED -> null;
            default -> Family.OTHER;
        };
    }
}
