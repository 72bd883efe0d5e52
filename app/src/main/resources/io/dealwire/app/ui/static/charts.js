// Charts drawn as inline SVG by this script: stacked bars per period and type, and ranked horizontal bars.
// Every chart has a text alternative (aria-label) and its numbers in a table under "Data".
"use strict";

(() => {
  const { el, api, money, label, replaceChildren } = Desk;
  const $ = (id) => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";
  const COLORS = { ACQUISITION: "#0969da", MERGER: "#8250df", ACQUIHIRE: "#bf3989", INVESTMENT: "#1a7f37",
    FUNDING_ROUND: "#4ac26b", IPO: "#bc4c00", PARTNERSHIP: "#9a6700", DIVESTITURE: "#cf222e",
    REGULATORY: "#57606a", OTHER: "#8c959f" };
  const compact = new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 });

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  }

  function dataTable(caption, head, rows) {
    return el("details", {}, el("summary", {}, "Data"),
      el("div", { className: "table-wrap" }, el("table", {}, el("caption", {}, caption),
        el("thead", {}, el("tr", {}, head.map((h) => el("th", { scope: "col" }, h)))),
        el("tbody", {}, rows.map((r) => el("tr", {}, r.map((c) => el("td", {}, c))))))));
  }

  /** Stacked bars: one bar per period, one segment per type, height = metric. */
  function stacked(container, timeline, metric, caption, format) {
    const periods = [...new Set(timeline.map((b) => b.period))].sort();
    if (!periods.length) {
      replaceChildren(container, el("p", {}, "No deals yet."));
      return;
    }
    const totals = periods.map((p) => timeline.filter((b) => b.period === p).reduce((s, b) => s + b[metric], 0));
    const max = Math.max(1, ...totals);
    const W = 800, H = 260, L = 56, B = 40, T = 10;
    const step = (W - L - 10) / periods.length;
    const bar = Math.max(2, Math.min(48, step * 0.7));
    const y = (v) => T + (H - T - B) * (1 - v / max);
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img",
      "aria-label": caption + ": " + periods.map((p, i) => p + " " + format(totals[i])).join("; ") });
    for (const frac of [0, 0.5, 1]) {
      chart.append(svg("line", { x1: L, x2: W - 10, y1: y(max * frac), y2: y(max * frac), stroke: "#d0d7de" }));
      // ticks in compact numbers; the unit is in the heading and every bar's title says it in full
      chart.append(svg("text", { x: L - 6, y: y(max * frac) + 4, "text-anchor": "end" }, compact.format(max * frac)));
    }
    periods.forEach((period, i) => {
      let base = 0;
      const x = L + i * step + (step - bar) / 2;
      for (const b of timeline.filter((b) => b.period === period)) {
        if (!b[metric]) continue;
        const top = y(base + b[metric]);
        chart.append(svg("rect", { x, y: top, width: bar, height: Math.max(0.5, y(base) - top),
          fill: COLORS[b.type] || COLORS.OTHER }, svg("title", {}, `${period} ${label(b.type)}: ${format(b[metric])}`)));
        base += b[metric];
      }
      if (periods.length <= 16 || i % Math.ceil(periods.length / 16) === 0) {
        chart.append(svg("text", { x: x + bar / 2, y: H - B + 16, "text-anchor": "middle" }, period));
      }
    });
    replaceChildren(container, chart, dataTable(caption, ["Period", "Type", metric === "count" ? "Deals" : "Value"],
      timeline.filter((b) => b[metric]).map((b) => [b.period, label(b.type), format(b[metric])])));
  }

  /** Horizontal bars, one per ranked party. */
  function ranked(container, items, caption) {
    if (!items.length) {
      replaceChildren(container, el("p", {}, "None yet."));
      return;
    }
    const W = 420, row = 24, L = 170;
    const max = Math.max(...items.map((i) => i.deals));
    const chart = svg("svg", { viewBox: `0 0 ${W} ${items.length * row + 6}`, class: "chart", role: "img",
      "aria-label": caption + ": " + items.map((i) => i.name + " " + i.deals).join("; ") });
    items.forEach((item, n) => {
      const y = n * row + 4;
      const name = item.name.length > 26 ? item.name.slice(0, 25) + "…" : item.name;
      chart.append(svg("text", { x: L - 6, y: y + 14, "text-anchor": "end" }, name));
      const w = Math.max(2, (W - L - 40) * item.deals / max);
      chart.append(svg("rect", { x: L, y, width: w, height: row - 8, fill: "#0969da" }, svg("title", {}, item.name)));
      chart.append(svg("text", { x: L + w + 4, y: y + 14 }, item.deals));
    });
    replaceChildren(container, chart, dataTable(caption, ["Party", "Deals"], items.map((i) => [i.name, i.deals])));
  }

  function legend(timeline) {
    const types = [...new Set(timeline.map((b) => b.type))].sort();
    replaceChildren($("legend"), types.map((t) => el("li", {},
      (() => {
        const s = svg("svg", { class: "swatch", viewBox: "0 0 10 10", "aria-hidden": "true" });
        s.append(svg("rect", { width: 10, height: 10, fill: COLORS[t] || COLORS.OTHER }));
        return s;
      })(), label(t))));
  }

  async function load() {
    try {
      const stats = await api("/api/stats");
      $("value-currency").textContent = stats.currency;
      const per = stats.interval === "day" ? "per day" : "per month";
      stacked($("count-chart"), stats.timeline, "count", "Deals " + per, (v) => compact.format(v));
      stacked($("value-chart"), stats.timeline, "value", "Disclosed value " + per,
        (v) => money({ value: v, currency: stats.currency }));
      legend(stats.timeline);
      ranked($("acquirers"), stats.acquirers, "Most active acquirers");
      ranked($("investors"), stats.investors, "Most active investors");
      $("error").textContent = "";
    } catch (e) {
      $("error").textContent = "Cannot load the statistics: " + e.message;
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    load();
    const status = $("live-status");
    const source = new EventSource("/api/stream");
    let timer = null;
    source.addEventListener("open", () => { status.textContent = "live"; status.classList.add("on"); });
    source.addEventListener("error", () => { status.textContent = "reconnecting…"; status.classList.remove("on"); });
    source.addEventListener("deals", () => { clearTimeout(timer); timer = setTimeout(load, 1000); });
  });
})();
