package io.dealwire.enrich.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Listed companies' announcements (公告): the title names the issuer, then "关于" and the deal; the body introduces the
 * unit sold or the shares bought with what they are to the issuer. Companies here are invented.
 */
class ChineseAnnouncementsTest {
    private static final DealExtractor EXTRACTOR = DealExtractor.withDefaultLexicons();

    private static List<ExtractedDeal> deals(String title, String text) {
        return EXTRACTOR.extract(new ArticleInput(title, text, "zh"));
    }

    private static List<String> names(ExtractedDeal deal, PartyRole role) {
        return deal.parties().stream()
                .filter(p -> p.role() == role)
                .map(PartyMention::name)
                .toList();
    }

    private static ExtractedDeal only(List<ExtractedDeal> deals, DealType type) {
        List<ExtractedDeal> ofType =
                deals.stream().filter(d -> d.type() == type).toList();
        assertThat(ofType).hasSize(1);
        return ofType.get(0);
    }

    @Test
    void aTitleBuyingAControllingStakeIsAnAcquisitionByTheIssuer() {
        ExtractedDeal deal = only(deals("云岭星河科技股份有限公司关于收购昆明朗岳电子有限公司65%股权的公告", ""), DealType.ACQUISITION);
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("云岭星河科技股份有限公司");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("昆明朗岳电子有限公司");
        assertThat(deal.stakePercent()).contains(65.0);
    }

    @Test
    void aTitleBuyingAMinorityStakeIsAnInvestment() {
        List<ExtractedDeal> found = deals("云岭星河科技股份有限公司关于收购昆明朗岳电子有限公司30%股权的公告", "");
        assertThat(found).noneMatch(d -> d.type() == DealType.ACQUISITION);
        ExtractedDeal deal = only(found, DealType.INVESTMENT);
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("云岭星河科技股份有限公司");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("昆明朗岳电子有限公司");
    }

    @Test
    void aStakeBoughtInTheBodyIsNoMinorityInvestmentBesidesTheAcquisition() {
        List<ExtractedDeal> found =
                deals("", "鄂北新材料股份有限公司（以下简称“公司”或“鄂北新材”）拟以现金方式收购襄阳楚瑞化工有限公司（以下简称“楚瑞化工”）80%股权，交易对价为人民币3.6亿元。");
        ExtractedDeal deal = only(found, DealType.ACQUISITION);
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("鄂北新材料股份有限公司");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("襄阳楚瑞化工有限公司");
        assertThat(found).noneMatch(d -> d.type() == DealType.INVESTMENT);
    }

    @Test
    void aJointVentureWithAForeignCompanyIsAPartnership() {
        ExtractedDeal deal =
                only(deals("湖北汉江精工股份有限公司关于与德国Halvorsen Maschinenbau GmbH共同投资设立合资公司的公告", ""), DealType.PARTNERSHIP);
        assertThat(names(deal, PartyRole.PARTNER))
                .containsExactlyInAnyOrder("湖北汉江精工股份有限公司", "Halvorsen Maschinenbau GmbH");
    }

    @Test
    void aTitleAbsorbingAnotherListedCompanyIsAMerger() {
        ExtractedDeal deal = only(deals("闽江海运股份有限公司关于筹划换股吸收合并福建东海航运股份有限公司的停牌公告", ""), DealType.MERGER);
        assertThat(names(deal, PartyRole.PARTNER)).containsExactlyInAnyOrder("闽江海运股份有限公司", "福建东海航运股份有限公司");
    }

    @Test
    void aWhollyOwnedSubsidiarySoldForAPriceIsADivestiture() {
        ExtractedDeal deal = only(
                deals(
                        "青木物流股份有限公司关于出售全资子公司100%股权的公告",
                        "青木物流股份有限公司（以下简称“公司”）拟将全资子公司合肥青木仓储有限公司（以下简称“青木仓储”）100%股权以人民币2.4亿元的价格转让给华东仓运集团有限公司（以下简称“华东仓运”）。"),
                DealType.DIVESTITURE);
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("合肥青木仓储有限公司");
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("华东仓运集团有限公司");
    }

    @Test
    void sharesIssuedToBuyACompanyFromItsHolderAreAnAcquisition() {
        ExtractedDeal deal = only(
                deals("", "桂江能源股份有限公司（以下简称“公司”）向控股股东桂江投资集团有限公司发行股份购买其持有的桂林漓水水电开发有限公司（以下简称“漓水水电”）100%股权事项，已经中国证监会同意注册。"),
                DealType.ACQUISITION);
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("桂江能源股份有限公司");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("桂林漓水水电开发有限公司");
    }

    @Test
    void aNameMayHoldTheWordInvestment() {
        List<ExtractedDeal> found = deals("", "华阳高新投资集团有限公司向宁远数能科技有限公司增资3亿元。");
        assertThat(found).anySatisfy(d -> assertThat(names(d, PartyRole.BUYER)).containsExactly("华阳高新投资集团有限公司"));
    }

    @Test
    void aClearanceNotProhibitingTheDealReviewsTheIssuersAcquisition() {
        List<ExtractedDeal> found = deals(
                "山东岱青化工股份有限公司关于收购事项获得国家市场监督管理总局经营者集中反垄断审查不予禁止决定的公告",
                "山东岱青化工股份有限公司（以下简称“公司”）此前披露了以现金7.2亿元收购临沂蒙泉盐化有限公司（以下简称“蒙泉盐化”）60%股权的事项。"
                        + "近日，公司收到国家市场监督管理总局（以下简称“市场监管总局”）出具的《经营者集中反垄断审查不予禁止决定书》，"
                        + "决定对公司收购蒙泉盐化股权案不予禁止。");
        ExtractedDeal acquisition = only(found, DealType.ACQUISITION);
        assertThat(names(acquisition, PartyRole.BUYER)).containsExactly("山东岱青化工股份有限公司");
        assertThat(names(acquisition, PartyRole.TARGET)).containsExactly("临沂蒙泉盐化有限公司");
        ExtractedDeal review = only(found, DealType.REGULATORY);
        assertThat(review.status()).isEqualTo(io.dealwire.schemas.avro.DealStatus.COMPLETED);
        assertThat(names(review, PartyRole.BUYER)).containsExactly("国家市场监督管理总局");
        assertThat(names(review, PartyRole.TARGET)).contains("临沂蒙泉盐化有限公司");
    }

    @Test
    void aTenderOfferLaunchedForADescribedCompanyIsAnAcquisition() {
        ExtractedDeal deal = only(deals("", "2015年，华南电器发起对意大利机床制造商Ferraresi的要约收购，最终持股超过八成。"), DealType.ACQUISITION);
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("华南电器");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("Ferraresi");
    }

    @Test
    void capitalIncreasedByANamedFundIsTheCompanysRound() {
        ExtractedDeal deal = only(deals("", "宁远数能科技有限公司获得华阳产业投资基金2亿元增资。"), DealType.FUNDING_ROUND);
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("华阳产业投资基金");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("宁远数能科技有限公司");
    }

    @Test
    void theLeaderOfAConsortiumIsTheBuyer() {
        ExtractedDeal deal =
                only(deals("", "2018年，由华岳体育牵头的投资者财团完成对北岬户外（Nordkapp）的收购，交易额约30亿欧元。"), DealType.ACQUISITION);
        assertThat(names(deal, PartyRole.BUYER)).containsExactly("华岳体育");
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("北岬户外");
    }

    @Test
    void landingOnAnExchangeIsAListing() {
        ExtractedDeal deal = only(deals("岭南储能科技股份有限公司登陆港交所 首日高开", ""), DealType.IPO);
        assertThat(names(deal, PartyRole.TARGET)).containsExactly("岭南储能科技股份有限公司");
    }

    @Test
    void aLicensingAgreementIsAPartnershipOfItsTwoSides() {
        ExtractedDeal deal = only(deals("", "苏州岱山生物医药有限公司与阿斯利康就候选药物达成全球授权协议。"), DealType.PARTNERSHIP);
        assertThat(names(deal, PartyRole.PARTNER)).containsExactlyInAnyOrder("苏州岱山生物医药有限公司", "阿斯利康");
    }

    @Test
    void aBrandIsADescriptionAndTheFieldsOfACooperationAreNoPartners() {
        ExtractedDeal round = only(deals("", "徽菜品牌香徽楼完成3亿元B轮融资。"), DealType.FUNDING_ROUND);
        assertThat(names(round, PartyRole.TARGET)).containsExactly("香徽楼");
        List<ExtractedDeal> found = deals("", "双方将在充电标准制定、充电网络建设和充电车型研发等方面展开合作。");
        assertThat(found).noneMatch(d -> d.type() == DealType.PARTNERSHIP);
    }
}
