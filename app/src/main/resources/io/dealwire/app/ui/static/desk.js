// The deal desk: filters, a bounded page of rows, and live updates from /api/stream.
"use strict";

(() => {
  const { el, api, money, date, label, partySummary, replaceChildren } = Desk;
  const PAGE = 50;
  const FIELDS = { type: "f-type", status: "f-status", company: "f-company", language: "f-language",
    from: "f-from", to: "f-to", minAmount: "f-min" };
  let offset = 0;
  let loading = null;
  let pendingIds = new Set();

  const $ = (id) => document.getElementById(id);

  function filters() {
    const params = new URLSearchParams();
    for (const [name, id] of Object.entries(FIELDS)) {
      const value = $(id).value.trim();
      if (value) params.set(name, value);
    }
    return params;
  }

  function restoreFilters() {
    const params = new URLSearchParams(location.search);
    for (const [name, id] of Object.entries(FIELDS)) {
      if (params.has(name)) $(id).value = params.get(name);
    }
    offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  }

  async function load() {
    const params = filters();
    const shown = new URLSearchParams(params);
    if (offset) shown.set("offset", offset);
    history.replaceState(null, "", shown.toString() ? "?" + shown : location.pathname);
    params.set("offset", offset);
    params.set("limit", PAGE);
    const request = api("/api/deals?" + params);
    loading = request;
    try {
      const page = await request;
      if (loading !== request) return;
      render(page);
      $("error").textContent = "";
    } catch (e) {
      if (loading === request) $("error").textContent = "Cannot load deals: " + e.message;
    }
  }

  function render(page) {
    $("currency").textContent = page.currency;
    $("converted-head").hidden = !page.ratesConfigured;
    $("converted-head").textContent = "In " + page.currency;
    const rows = page.deals.map((d) => row(d, page.ratesConfigured));
    replaceChildren($("deal-rows"), rows);
    if (!rows.length) {
      $("deal-rows").append(el("tr", {}, el("td", { colspan: 9 }, "No deals match these filters yet.")));
    }
    const first = page.total ? page.offset + 1 : 0;
    $("shown-range").textContent = first + "–" + (page.offset + page.deals.length);
    $("total-count").textContent = String(page.total);
    $("prev").disabled = page.offset === 0;
    $("next").disabled = page.offset + page.deals.length >= page.total;
    const pages = Math.max(1, Math.ceil(page.total / page.limit));
    $("page-label").textContent = "Page " + (Math.floor(page.offset / page.limit) + 1) + " of " + pages;
    pendingIds = new Set();
  }

  function row(deal, converted) {
    const cell = (name, content, cls) => el("td", { "data-label": name, className: cls }, content);
    const tr = el("tr", { dataset: { dealId: deal.dealId }, className: pendingIds.has(deal.dealId) ? "new" : null },
      cell("Last reported", el("time", { datetime: deal.lastSeenAt }, date(deal.lastSeenAt))),
      cell("Type", label(deal.type)),
      cell("Status", el("span", { className: "badge " + deal.status }, label(deal.status))),
      cell("Parties", el("a", { href: "/deals/" + encodeURIComponent(deal.dealId) }, partySummary(deal.parties))),
      cell("Amount", money(deal.amount), "num"),
      converted ? cell("Converted", money(deal.converted), "num") : null,
      cell("Stake", deal.stakePercent == null ? "—" : deal.stakePercent + " %", "num"),
      cell("Languages", deal.languages.join(", ")),
      cell("Sources", String(deal.sources.length), "num"));
    return tr;
  }

  let debounce = null;
  function reloadSoon(delay) {
    clearTimeout(debounce);
    debounce = setTimeout(load, delay);
  }

  function listen() {
    const status = $("live-status");
    const source = new EventSource("/api/stream");
    source.addEventListener("open", () => {
      status.textContent = "live";
      status.classList.add("on");
    });
    source.addEventListener("error", () => {
      status.textContent = "reconnecting…";
      status.classList.remove("on");
    });
    source.addEventListener("deals", (event) => {
      const change = JSON.parse(event.data);
      change.dealIds.forEach((id) => pendingIds.add(id));
      status.textContent = "live: " + change.changed + " deal" + (change.changed === 1 ? "" : "s") + " updated";
      reloadSoon(300);
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    restoreFilters();
    $("filters").addEventListener("submit", (e) => {
      e.preventDefault();
      offset = 0;
      load();
    });
    $("filters").addEventListener("input", () => {
      offset = 0;
      reloadSoon(250);
    });
    $("filters").addEventListener("reset", () => {
      offset = 0;
      setTimeout(load, 0);
    });
    $("prev").addEventListener("click", () => {
      offset = Math.max(0, offset - PAGE);
      load();
    });
    $("next").addEventListener("click", () => {
      offset += PAGE;
      load();
    });
    load();
    listen();
  });
})();
