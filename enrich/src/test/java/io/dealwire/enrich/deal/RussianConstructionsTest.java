package io.dealwire.enrich.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Russian constructions the lexicon reads by case and word order: the buyer of a sale in the dative, stakes taken as a
 * percentage, listings on the Moscow exchange, press releases with a defined term, requests to the competition
 * authority, boards turning down offers, partners with descriptions, and places and defined terms that are no
 * parties. Every company here is invented.
 */
class RussianConstructionsTest {
    private static DealExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = DealExtractor.withDefaultLexicons();
    }

    @Test
    void aStakeSoldGoesToTheBuyerInTheDative() {
        ExtractedDeal sale = one(
                "Фонд «Северный Ветер» продал свою долю 15% в сервисе «Облачко» «Зенит-Кредиту».",
                DealType.DIVESTITURE);

        assertThat(names(sale, PartyRole.TARGET)).containsExactly("Облачко");
        assertThat(names(sale, PartyRole.BUYER)).containsExactly("Зенит-Кредиту");
        assertThat(names(sale, PartyRole.SELLER)).containsExactly("Северный Ветер");
    }

    @Test
    void aBusinessSoldToAGroupNamesTheGroupAsBuyerNotAsWhatIsSold() {
        // The sell trigger still proposes the group as what is sold as well, a second reading of the sentence;
        // the rule's reading is the one asserted here.
        List<ExtractedDeal> deals =
                extract("Нидерландская Moorland продала российский бизнес группе «Лесной Край» за 1 евро.");

        assertThat(deals).anySatisfy(sale -> {
            assertThat(sale.type()).isEqualTo(DealType.DIVESTITURE);
            assertThat(names(sale, PartyRole.BUYER)).containsExactly("Лесной Край");
            assertThat(names(sale, PartyRole.TARGET)).containsExactly("бизнес");
        });
    }

    @Test
    void aNominalSaleAtTheStartOfASentenceWithABareDativeBuyer() {
        ExtractedDeal sale =
                one("Продажа 30% акций «Кедр Склады» «Тайга Капиталу» завершится в мае.", DealType.DIVESTITURE);

        assertThat(names(sale, PartyRole.TARGET)).containsExactly("Кедр Склады");
        assertThat(names(sale, PartyRole.BUYER)).containsExactly("Тайга Капиталу");
    }

    @Test
    void aStakeReceivedIsAnInvestmentNotARound() {
        List<ExtractedDeal> deals = extract("«Бирюза Финанс» получила 24% ООО «Пиксельные Сети».");

        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.INVESTMENT);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("Бирюза Финанс");
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("Пиксельные Сети");
        assertThat(deals.get(0).stakePercent()).contains(24.0);
    }

    @Test
    void sharesPlacedOnTheMoscowExchangeAreAListing() {
        List<ExtractedDeal> deals = extract("«Звездный Путь» разместил акции на Мосбирже и привлек 3 млрд рублей.");

        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.IPO);
        assertThat(names(deals.get(0), PartyRole.TARGET)).containsExactly("Звездный Путь");
    }

    @Test
    void aPressReleaseWithADefinedTermReportsAPurchaseAndASale() {
        ExtractedDeal purchase = one(
                "ПАО «Янтарная Энергия» (далее — «Компания») сообщает о завершении сделки по приобретению 60% долей "
                        + "в уставном капитале ООО «Морошка Солар».",
                DealType.ACQUISITION);
        assertThat(names(purchase, PartyRole.BUYER)).containsExactly("Янтарная Энергия");
        assertThat(names(purchase, PartyRole.TARGET)).containsExactly("Морошка Солар");

        ExtractedDeal sale = one(
                "ПАО «Озерный Бур» (далее — «Компания») сообщает о заключении договора купли-продажи 100% долей в "
                        + "уставном капитале дочерней компании ООО «Озерный Сервис» с АО «Полярная Буровая».",
                DealType.DIVESTITURE);
        assertThat(names(sale, PartyRole.TARGET)).containsExactly("Озерный Сервис");
        assertThat(names(sale, PartyRole.BUYER)).containsExactly("Полярная Буровая");
    }

    @Test
    void theDefinedTermAndPlacesInAnyCaseAreNoParties() {
        ExtractedDeal purchase =
                one("Компания приобрела 70% ООО «Лунные Аптеки» у основателя сети.", DealType.ACQUISITION);
        assertThat(names(purchase, PartyRole.BUYER)).isEmpty();

        List<ExtractedDeal> talks = extract("ГК «Волжский Пекарь», владеющая сетью магазинов в Поволжье, ведет "
                + "переговоры о покупке сети кафе «Булочная 7».");
        assertThat(talks)
                .allSatisfy(d ->
                        assertThat(d.parties()).extracting(PartyMention::name).doesNotContain("Поволжье"));

        List<ExtractedDeal> plant =
                extract("АО «Химзавод-Дон» инвестирует 40 млрд рублей в строительство завода в Ростовской области.");
        assertThat(plant)
                .allSatisfy(d ->
                        assertThat(d.parties()).extracting(PartyMention::name).doesNotContain("Ростовской"));
    }

    @Test
    void aRequestToTheCompetitionAuthorityNamesTheBuyer() {
        ExtractedDeal approved = one(
                "ФАС одобрила ходатайство АО «Гранитный Порт» о приобретении 80% ООО «Северная Стивидорная Компания».",
                DealType.ACQUISITION);
        assertThat(names(approved, PartyRole.BUYER)).containsExactly("Гранитный Порт");
        assertThat(names(approved, PartyRole.TARGET)).containsExactly("Северная Стивидорная Компания");
        // The review is reported under the short name Russian articles write.
        ExtractedDeal review = one(
                "ФАС одобрила ходатайство АО «Гранитный Порт» о приобретении 80% ООО «Северная Стивидорная Компания».",
                DealType.REGULATORY);
        assertThat(names(review, PartyRole.BUYER)).containsExactly("ФАС");

        ExtractedDeal refused = one(
                "ФАС отказала АО «Речные Верфи» в удовлетворении ходатайства о приобретении 100% акций "
                        + "АО «Волжский Док».",
                DealType.ACQUISITION);
        assertThat(names(refused, PartyRole.BUYER)).containsExactly("Речные Верфи");
        assertThat(names(refused, PartyRole.TARGET)).containsExactly("Волжский Док");
        assertThat(refused.status()).isEqualTo(DealStatus.CANCELLED);
    }

    @Test
    void aPurchaseWithTheBuyerInTheGenitiveBeforeADescribedTarget() {
        ExtractedDeal deal =
                one("ФАС одобрила покупку «Клиника-Плюс» сети лабораторий «Анализ 24».", DealType.ACQUISITION);

        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Клиника-Плюс");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Анализ 24");
    }

    @Test
    void aBoardTurningDownAnOfferCancelsTheTakeover() {
        ExtractedDeal deal = one(
                "Совет директоров «Медногорского комбината» отверг предложение «Капитал-Рудника».",
                DealType.ACQUISITION);

        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Медногорского комбината");
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Капитал-Рудника");
        assertThat(deal.status()).isEqualTo(DealStatus.CANCELLED);
    }

    @Test
    void partnersWithDescriptionsAndAJointVentureAnnounced() {
        ExtractedDeal product = one(
                "Оператор связи «Сигнал Восток» и разработчик «Квант Софт» заключили соглашение о совместном продукте.",
                DealType.PARTNERSHIP);
        assertThat(names(product, PartyRole.PARTNER)).containsExactly("Сигнал Восток", "Квант Софт");

        ExtractedDeal venture = one(
                "АО «Зерно Юга» и ООО «Семя Плюс» объявляют о создании совместного предприятия.", DealType.PARTNERSHIP);
        assertThat(names(venture, PartyRole.PARTNER)).containsExactly("Зерно Юга", "Семя Плюс");
    }

    @Test
    void aPartnerNamedAfterSoBeforeTheAgreement() {
        ExtractedDeal deal = one(
                "ПАО «Ледокол» подписало со АО «Полярный Рейс» соглашение о стратегическом сотрудничестве.",
                DealType.PARTNERSHIP);

        assertThat(names(deal, PartyRole.PARTNER)).containsExactly("Ледокол", "Полярный Рейс");
    }

    @Test
    void aContractToAcquireSignedAfterAnAnnouncement() {
        ExtractedDeal deal = one(
                "Компания «Пайнкрест» объявила, что она подписала договор о приобретении 51 процента акций "
                        + "ООО «Тульский Насос».",
                DealType.ACQUISITION);

        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Пайнкрест");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Тульский Насос");
    }

    @Test
    void aHeadlineAndALeadNamingTheTargetInDifferentCasesReportOneDeal() {
        List<ExtractedDeal> deals = extractor.extract(new ArticleInput(
                "«Рассвет Инвест» нарастил долю в «Тракторном Союзе» до 35%",
                "АО «Рассвет Инвест» приобрело 35% АО «Тракторный Союз», сообщила компания.", "ru"));

        assertThat(deals).extracting(ExtractedDeal::type).containsExactly(DealType.INVESTMENT);
        assertThat(names(deals.get(0), PartyRole.BUYER)).containsExactly("Рассвет Инвест");
    }

    @Test
    void anAdjectiveOfOriginOrOwnershipIsNoPartOfTheName() {
        ExtractedDeal deal = one("Государственный Северкредит выкупил «Банк Озерный».", DealType.ACQUISITION);

        assertThat(names(deal, PartyRole.BUYER)).containsExactly("Северкредит");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Банк Озерный");
    }

    private static List<ExtractedDeal> extract(String text) {
        return extractor.extract(new ArticleInput("", text, "ru"));
    }

    /** The one deal of {@code type} the sentence yields. */
    private static ExtractedDeal one(String text, DealType type) {
        List<ExtractedDeal> deals =
                extract(text).stream().filter(d -> d.type() == type).toList();
        assertThat(deals).as(text).hasSize(1);
        return deals.get(0);
    }

    private static List<String> names(ExtractedDeal deal, PartyRole role) {
        return deal.parties().stream()
                .filter(p -> p.role() == role)
                .map(PartyMention::name)
                .toList();
    }
}
