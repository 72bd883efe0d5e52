package io.dealwire.sink.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an extractor version into a key whose byte-wise order is the versions' order: every run of digits is
 * zero-padded to 20 places, so {@code rules-0.10.0} sorts after {@code rules-0.9.2}. Text between the numbers
 * compares as is; a version that extends another ({@code 1.0.0-rc1} after {@code 1.0.0}) sorts after it.
 */
final class VersionOrder {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int WIDTH = 20;

    private VersionOrder() {}

    /** The sortable key of {@code version}; compare keys with {@code COLLATE "C"}. */
    static String key(String version) {
        Matcher digits = DIGITS.matcher(version);
        StringBuilder key = new StringBuilder(version.length() + WIDTH * 3);
        int end = 0;
        while (digits.find()) {
            key.append(version, end, digits.start());
            String number = stripLeadingZeros(digits.group());
            key.append("0".repeat(Math.max(0, WIDTH - number.length()))).append(number);
            end = digits.end();
        }
        return key.append(version.substring(end)).toString();
    }

    private static String stripLeadingZeros(String number) {
        int start = 0;
        while (start < number.length() - 1 && number.charAt(start) == '0') {
            start++;
        }
        return number.substring(start);
    }
}
