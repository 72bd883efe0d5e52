package io.dealwire.app.bench;

import io.dealwire.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthetic news articles for the replay benchmark, made from templates written for it in six languages: invented
 * company names, amounts in each language's own notation, deal sentences (acquisitions, funding rounds, mergers,
 * stakes) among sentences about earnings, products, people and markets that announce no deal. Article {@code i} of
 * a seed is always the same article.
 */
final class ReplayBenchArticles {
    private static final String[] SYLLABLES = {
        "al", "bre", "cor", "dal", "en", "fer", "gal", "hav", "ir", "jun", "kel", "lor", "mar", "nor", "ost", "pel",
        "quin", "ros", "sal", "tor", "ul", "ver", "wen", "xan", "yor", "zel"
    };
    private static final Instant T0 = Instant.parse("2026-01-05T06:00:00Z");

    /** One language's templates: {a} {b} {c} company names, {m} an amount, {n} a number, {p} a place. */
    private record Templates(
            String code,
            String[] suffixes,
            String[] places,
            String[] deals,
            String[] titles,
            String[] filler,
            String[] amountForms) {}

    private static final List<Templates> LANGUAGES = List.of(
            new Templates(
                    "en",
                    new String[] {"Inc.", "Group", "Technologies", "Holdings", "Labs", "Systems"},
                    new String[] {"Denver", "Leeds", "Austin", "Glasgow", "Portland", "Toronto"},
                    new String[] {
                        "{a} has agreed to acquire {b} for {m}, the companies said on Tuesday.",
                        "{b} raised {m} in a Series C round led by {c}.",
                        "{a} and {b} agreed to merge in an all-stock deal valued at {m}.",
                        "{c} bought a {n}% stake in {b} for {m}.",
                        "{a} completed its acquisition of {b}, a {p}-based maker of sensors."
                    },
                    new String[] {"{a} to buy {b}", "{b} secures new funding", "Markets: {a} in focus", "{a} results"},
                    new String[] {
                        "{a} reported quarterly revenue of {m}, up {n}% from a year earlier.",
                        "The company opened a new office in {p} and plans to hire {n} engineers.",
                        "Shares of {a} closed {n}% higher in {p} on Monday.",
                        "Analysts at {c} said demand for cloud software remained strong.",
                        "The chief executive told employees that the plan would take {n} months.",
                        "Rain delayed the opening of the trade fair in {p} by a day.",
                        "{b} launched a cheaper version of its flagship product this week.",
                        "Regulators in {p} published new guidance on data storage."
                    },
                    new String[] {"${v} million", "${v} billion", "€{v} million", "£{v} million"}),
            new Templates(
                    "fr",
                    new String[] {"SA", "Groupe", "Industries", "SAS", "Technologies"},
                    new String[] {"Lyon", "Nantes", "Bordeaux", "Lille", "Toulouse", "Rennes"},
                    new String[] {
                        "{a} a annoncé le rachat de {b} pour {m}.",
                        "{b} a levé {m} auprès de {c} et de ses investisseurs historiques.",
                        "{a} et {b} ont annoncé leur fusion, pour une valeur de {m}.",
                        "{c} prend une participation de {n} % dans {b}."
                    },
                    new String[] {"{a} rachète {b}", "{b} lève des fonds", "La semaine de {a}", "Résultats de {a}"},
                    new String[] {
                        "{a} a publié un chiffre d'affaires de {m}, en hausse de {n} % sur un an.",
                        "L'entreprise ouvre un nouveau site à {p} et prévoit d'embaucher {n} personnes.",
                        "Le titre de {a} a gagné {n} % à la Bourse de Paris.",
                        "Selon les analystes de {c}, la demande reste soutenue.",
                        "La direction présentera sa feuille de route dans {n} mois.",
                        "Le salon professionnel de {p} a accueilli plus de visiteurs que l'an dernier."
                    },
                    new String[] {"{v} millions d'euros", "{v} milliards d'euros", "{v} M€"}),
            new Templates(
                    "de",
                    new String[] {"GmbH", "AG", "Gruppe", "Werke", "Technik"},
                    new String[] {"Hamburg", "Köln", "Leipzig", "Stuttgart", "Bremen", "Dresden"},
                    new String[] {
                        "{a} übernimmt {b} für {m}, teilten die Unternehmen mit.",
                        "{b} hat in einer Finanzierungsrunde {m} eingesammelt, angeführt von {c}.",
                        "{a} und {b} wollen fusionieren; der Wert der Transaktion liegt bei {m}.",
                        "{c} erwirbt eine Beteiligung von {n} Prozent an {b}."
                    },
                    new String[] {"{a} kauft {b}", "{b} sammelt Geld ein", "{a} im Blick", "Zahlen von {a}"},
                    new String[] {
                        "{a} steigerte den Umsatz im Quartal auf {m}, ein Plus von {n} Prozent.",
                        "Das Unternehmen eröffnet einen Standort in {p} und will {n} Stellen schaffen.",
                        "Die Aktie von {a} legte in Frankfurt um {n} Prozent zu.",
                        "Analysten von {c} erwarten eine stabile Nachfrage.",
                        "Der Vorstand will die Strategie in {n} Monaten vorstellen.",
                        "Die Messe in {p} meldete mehr Besucher als im Vorjahr."
                    },
                    new String[] {"{v} Millionen Euro", "{v} Milliarden Euro", "{v} Mio. Euro"}),
            new Templates(
                    "es",
                    new String[] {"SA", "Grupo", "Tecnologías", "SL", "Energía"},
                    new String[] {"Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga", "Vigo"},
                    new String[] {
                        "{a} ha acordado la compra de {b} por {m}.",
                        "{b} ha cerrado una ronda de financiación de {m} liderada por {c}.",
                        "{a} y {b} anunciaron su fusión por un valor de {m}.",
                        "{c} adquiere una participación del {n} % en {b}."
                    },
                    new String[] {"{a} compra {b}", "{b} capta fondos", "La semana de {a}", "Resultados de {a}"},
                    new String[] {
                        "{a} registró unos ingresos de {m}, un {n} % más que hace un año.",
                        "La empresa abrirá una oficina en {p} y contratará a {n} personas.",
                        "Las acciones de {a} subieron un {n} % en la bolsa de Madrid.",
                        "Los analistas de {c} esperan que la demanda se mantenga.",
                        "La feria de {p} recibió más visitantes que el año pasado."
                    },
                    new String[] {"{v} millones de euros", "{v} millones de dólares", "{v} millones de €"}),
            new Templates(
                    "it",
                    new String[] {"SpA", "Gruppo", "Industrie", "Srl", "Tecnologie"},
                    new String[] {"Torino", "Bologna", "Genova", "Verona", "Bari", "Padova"},
                    new String[] {
                        "{a} ha annunciato l'acquisizione di {b} per {m}.",
                        "{b} ha raccolto {m} in un round guidato da {c}.",
                        "{a} e {b} hanno annunciato la fusione, per un valore di {m}.",
                        "{c} rileva una quota del {n}% di {b}."
                    },
                    new String[] {"{a} compra {b}", "{b} raccoglie fondi", "La settimana di {a}", "I conti di {a}"},
                    new String[] {
                        "{a} ha registrato ricavi per {m}, in crescita del {n}% su base annua.",
                        "L'azienda apre una nuova sede a {p} e prevede di assumere {n} persone.",
                        "Il titolo di {a} ha guadagnato il {n}% a Piazza Affari.",
                        "Secondo gli analisti di {c} la domanda resta solida.",
                        "La fiera di {p} ha accolto più visitatori dell'anno scorso."
                    },
                    new String[] {"{v} milioni di euro", "{v} miliardi di euro", "{v} milioni di dollari"}),
            new Templates(
                    "pt",
                    new String[] {"SA", "Grupo", "Tecnologia", "Ltda", "Energia"},
                    new String[] {"Porto", "Braga", "Coimbra", "Lisboa", "Faro", "Aveiro"},
                    new String[] {
                        "{a} chegou a acordo para comprar a {b} por {m}.",
                        "A {b} levantou {m} numa ronda liderada pela {c}.",
                        "{a} e {b} anunciaram a fusão, avaliada em {m}.",
                        "A {c} adquiriu uma participação de {n}% na {b}."
                    },
                    new String[] {"{a} compra {b}", "{b} capta investimento", "A semana da {a}", "Resultados da {a}"},
                    new String[] {
                        "A {a} registou receitas de {m}, mais {n}% do que há um ano.",
                        "A empresa vai abrir um escritório em {p} e contratar {n} pessoas.",
                        "As ações da {a} subiram {n}% na bolsa de Lisboa.",
                        "Os analistas da {c} esperam que a procura se mantenha.",
                        "A feira de {p} recebeu mais visitantes do que no ano passado."
                    },
                    new String[] {"{v} milhões de euros", "{v} mil milhões de euros", "{v} milhões de dólares"}));

    private ReplayBenchArticles() {}

    /** Article {@code i}: a title and eight to sixteen sentences, about one in three announcing a deal. */
    static RawArticle article(long seed, int i) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        Templates t = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        String a = company(random, t);
        String b = company(random, t);
        String c = company(random, t);
        boolean deal = random.nextInt(3) == 0;
        List<String> sentences = new ArrayList<>();
        int count = 8 + random.nextInt(9);
        int dealAt = deal ? random.nextInt(Math.min(3, count)) : -1;
        for (int s = 0; s < count; s++) {
            String template = s == dealAt ? pick(random, t.deals()) : pick(random, t.filler());
            sentences.add(fill(template, a, b, c, random, t));
        }
        String title = fill(pick(random, t.titles()), a, b, c, random, t);
        Instant published = T0.plusSeconds(i * 17L);
        return RawArticle.newBuilder()
                .setArticleId(String.format(Locale.ROOT, "bench-%d-%07d", seed, i))
                .setUrl("https://bench.dealwire.invalid/" + t.code() + "/" + seed + "/" + i)
                .setFeedId("bench-" + t.code())
                .setGuid(null)
                .setTitle(title)
                .setText(String.join(" ", sentences))
                .setHtml(null)
                .setAuthor(null)
                .setPublishedAt(published)
                .setPublishedAtSource("published")
                .setFetchedAt(published.plusSeconds(60))
                .setLanguageHint(random.nextInt(4) == 0 ? null : t.code())
                .setOrigin("bench")
                .build();
    }

    private static String fill(String template, String a, String b, String c, SplittableRandom random, Templates t) {
        return template.replace("{a}", a)
                .replace("{b}", b)
                .replace("{c}", c)
                .replace("{p}", pick(random, t.places()))
                .replace("{m}", amount(random, t))
                .replace("{n}", Integer.toString(2 + random.nextInt(48)));
    }

    private static String amount(SplittableRandom random, Templates t) {
        String form = pick(random, t.amountForms());
        int whole = 1 + random.nextInt(900);
        String value = random.nextBoolean() ? Integer.toString(whole) : whole % 90 + "." + random.nextInt(10);
        if (!t.code().equals("en")) {
            value = value.replace('.', ',');
        }
        return form.replace("{v}", value);
    }

    private static String company(SplittableRandom random, Templates t) {
        StringBuilder name = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int s = 0; s < syllables; s++) {
            name.append(pick(random, SYLLABLES));
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name + " " + pick(random, t.suffixes());
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
