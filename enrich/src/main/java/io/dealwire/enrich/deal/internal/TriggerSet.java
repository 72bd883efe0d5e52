package io.dealwire.enrich.deal.internal;

import io.dealwire.schemas.avro.DealType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One language's deal triggers, from {@code <code>/triggers.txt}: words and phrases per deal type, each with the
 * place its parties take around it, and the words that introduce a buyer ("by"), a recipient ("to") or a partner
 * ("with").
 *
 * @param triggers every trigger, in file order
 * @param any one pattern matching every trigger, for the cheap first pass over a sentence (group {@code tN} is
 *     trigger N)
 * @param by the words that introduce the buyer after the target ("by", "par", "durch")
 * @param to the words that introduce who receives what is sold ("to", "à", "an")
 * @param with the words that join partners ("with", "avec", "mit")
 * @param name a company name in this language (its {@code ORG} macro)
 * @param regulator a regulator's name (its {@code REG} macro): never a party of the deals triggers propose
 * @param review the words with which a regulator named in the sentence reviews a deal ("clears", "enquête")
 * @param investors the words that make the names of a sentence a round's investors ("participated", "beteiligt")
 * @param clauseEnd what follows a verb that ends its clause, both parties then standing before it (German
 *     "…, als Midea 2016 den Roboterbauer Kuka übernahm", "Siemens hat Altair übernommen."); matched where the trigger
 *     ends
 * @param then the words that add one more object to a buyer's list ("puis", "then", "as well as"): "a repris X pour
 *     7,4 milliards, puis l'américain Y"
 * @param funders the words that introduce a round's investors after the round ("from", "led by", "com a"); the
 *     {@code by} words serve where the language lists none
 * @param pronoun a subject pronoun that ends the text before a trigger ("…: il est entré au capital de", "it
 *     bought"), matched at the end of that text; the subject is then the name the sentence named before it
 * @param each every trigger's own pattern, in the order of {@code triggers}, for the cheap first pass
 */
record TriggerSet(
        List<Trigger> triggers,
        Pattern any,
        Pattern by,
        Pattern to,
        Pattern with,
        Pattern name,
        Pattern regulator,
        Pattern review,
        Pattern investors,
        Pattern clauseEnd,
        Pattern then,
        Pattern funders,
        Pattern pronoun,
        List<Pattern> each) {
    TriggerSet {
        triggers = List.copyOf(triggers);
        each = List.copyOf(each);
    }

    /**
     * Where the parties of a trigger stand.
     */
    enum Form {
        /** The buyer before, the target after: "X acquires Y". */
        ACT,
        /** The target before, the buyer after: "Y, bought by X". */
        PAS,
        /** A noun: the target after, the buyer after a {@code by} word or before it: "the purchase of Y by X". */
        NOM,
        /** The subject alone: "X raises", "X files for an IPO". */
        SUBJ,
        /** The object alone: "the listing of X". */
        OBJ,
        /** Two partners: before and after, or two before joined by "and". */
        PAIR,
        /** The seller before, the unit after, the buyer after a {@code to} word. */
        SELL,
        /** The hirer before, the start-up after. */
        HIRE
    }

    /**
     * One trigger.
     *
     * @param type the deal type it reports
     * @param form where its parties stand
     * @param where resource and line, for messages
     */
    record Trigger(DealType type, Form form, String where) {}
}
