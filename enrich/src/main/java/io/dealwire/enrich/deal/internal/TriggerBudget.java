package io.dealwire.enrich.deal.internal;

/**
 * How many more characters of one article may take the trigger path (names, tags, proposals). One article, one thread.
 */
final class TriggerBudget {
    private int left;
    private boolean exhausted;

    TriggerBudget(int characters) {
        this.left = characters;
    }

    /** Takes a sentence of {@code characters} from the budget; false (and the result partial) when it does not fit. */
    boolean take(int characters) {
        if (characters <= left) {
            left -= characters;
            return true;
        }
        exhausted = true;
        return false;
    }

    /** Whether every sentence that wanted the trigger path got it. */
    boolean complete() {
        return !exhausted;
    }
}
