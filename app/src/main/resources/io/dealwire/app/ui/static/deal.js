// One deal: facts, parties by role, status history and every source article with its evidence highlighted.
"use strict";

(() => {
  const { el, api, money, date, dateTime, label, partySummary, articleLink, replaceChildren } = Desk;
  const $ = (id) => document.getElementById(id);
  const ROLES = ["BUYER", "TARGET", "PARTNER", "SELLER", "OTHER"];

  function dealId() {
    return decodeURIComponent(location.pathname.slice("/deals/".length));
  }

  function facts(deal) {
    const rows = [
      ["Type", label(deal.type)],
      ["Status", el("span", { className: "badge " + deal.status }, label(deal.status))],
      ["Amount", money(deal.amount)],
      deal.converted && deal.amount && deal.converted.currency !== deal.amount.currency
        ? ["Converted", money(deal.converted)] : null,
      ["Stake", deal.stakePercent == null ? "—" : deal.stakePercent + " %"],
      ["Valuation", money(deal.valuation)],
      ["First reported", dateTime(deal.firstSeenAt)],
      ["Last reported", dateTime(deal.lastSeenAt)],
      ["Languages", deal.languages.join(", ") || "—"],
    ].filter(Boolean);
    replaceChildren($("facts"), rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
  }

  function parties(deal) {
    const groups = ROLES.map((role) => {
      const names = deal.parties.filter((p) => p.role === role);
      if (!names.length) return null;
      return el("section", { className: "role" },
        el("h3", {}, label(role)),
        el("ul", {}, names.map((p) => el("li", {}, p.name))));
    });
    replaceChildren($("parties"), groups);
  }

  function statusHistory(changes) {
    replaceChildren($("history"), changes.map((c) =>
      el("li", {}, el("span", { className: "badge " + c.status }, label(c.status)), " ",
        el("time", { datetime: c.at }, date(c.at)))));
  }

  /** The article text with the evidence sentence wrapped in <mark>, built from text nodes only. */
  function evidenceText(mention) {
    const ev = mention.evidence;
    if (mention.text == null) {
      return ev ? el("p", {}, el("mark", { className: "evidence" }, ev.sentence)) : el("p", {}, "(text not available)");
    }
    const text = mention.text;
    let start = -1;
    let end = -1;
    if (ev) {
      start = ev.start - mention.textOffset;
      end = ev.end - mention.textOffset;
      if (start < 0 || end > text.length || text.slice(start, end) !== ev.sentence) {
        start = text.indexOf(ev.sentence); // offsets from another text version: find the sentence itself
        end = start < 0 ? -1 : start + ev.sentence.length;
      }
    }
    const lead = mention.textOffset > 0 ? "… " : "";
    if (start < 0) {
      return el("div", {}, el("p", { className: "article-text" }, lead + text),
        ev ? el("p", {}, "Evidence: ", el("mark", { className: "evidence" }, ev.sentence)) : null);
    }
    return el("p", { className: "article-text", tabindex: 0 },
      lead + text.slice(0, start),
      el("mark", { className: "evidence" }, text.slice(start, end)),
      text.slice(end));
  }

  function sources(mentions) {
    replaceChildren($("sources"), mentions.map((m) =>
      el("article", { className: "source", lang: m.language && m.language !== "und" ? m.language : null },
        el("h3", {}, articleLink(m.url, m.title)),
        el("p", { className: "meta", lang: "en" },
          [m.outlet || "unknown outlet", m.language, date(m.publishedAt), label(m.status)].join(" · ")),
        evidenceText(m))));
  }

  async function load() {
    try {
      const detail = await api("/api/deals/" + encodeURIComponent(dealId()));
      const deal = detail.deal;
      const title = label(deal.type) + ": " + partySummary(deal.parties);
      $("deal-title").textContent = title;
      document.title = title + " · dealwire";
      facts(deal);
      parties(deal);
      statusHistory(detail.statusHistory);
      sources(detail.mentions);
    } catch (e) {
      $("deal-title").textContent = e.status === 404 ? "No such deal" : "Cannot load the deal";
      $("error").textContent = e.message;
    }
  }

  function listen() {
    const status = $("live-status");
    const source = new EventSource("/api/stream");
    source.addEventListener("open", () => { status.textContent = "live"; status.classList.add("on"); });
    source.addEventListener("error", () => { status.textContent = "reconnecting…"; status.classList.remove("on"); });
    source.addEventListener("deals", (event) => {
      if (JSON.parse(event.data).dealIds.includes(dealId())) {
        status.textContent = "live: this deal was updated";
        load();
      }
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    load();
    listen();
  });
})();
