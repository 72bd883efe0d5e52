package io.dealwire.app.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Lists subcommands in a usage message with the first sentence of each one's description, wrapped to the usage
 * width. Descriptions are written as paragraphs; picocli's own list would show their first line only, cut wherever
 * the source line happened to end.
 */
final class CommandSummaries {
    private static final int GAP = 2;

    private CommandSummaries() {}

    /** Installs the renderer on {@code cli} and every subcommand under it. */
    static void install(CommandLine cli) {
        cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, CommandSummaries::render);
        cli.getSubcommands().values().forEach(CommandSummaries::install);
    }

    private static String render(Help help) {
        Map<String, Help> subcommands = help.subcommands();
        if (subcommands.isEmpty()) {
            return "";
        }
        int width = help.commandSpec().usageMessage().width();
        int names = subcommands.keySet().stream().mapToInt(String::length).max().orElse(0) + 2 + GAP;
        TextTable table = TextTable.forColumns(
                help.colorScheme(),
                new Column(names, 2, Column.Overflow.SPAN),
                new Column(width - names, GAP + 2, Column.Overflow.WRAP));
        subcommands.forEach((name, sub) -> table.addRowValues(name, summary(sub)));
        return table.toString();
    }

    static String summary(Help help) {
        String text = String.join(" ", help.commandSpec().usageMessage().description())
                .replace("%n", " ")
                .replaceAll("\\s+", " ")
                .trim();
        String first = firstSentence(text);
        return first.endsWith(":") ? first.substring(0, first.length() - 1) + "." : first;
    }

    /**
     * Up to the first full stop or colon followed by a space, outside parentheses ("… (JSON Lines: id,
     * …)") and not in "e.g." or "i.e.".
     */
    private static String firstSentence(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if ((c == '.' || c == ':')
                    && depth == 0
                    && (i + 1 == text.length() || text.charAt(i + 1) == ' ')
                    && !text.startsWith("e.g", Math.max(0, i - 3))
                    && !text.startsWith("i.e", Math.max(0, i - 3))) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }
}
