// Operations: pipeline counters turned into rates between two readings, consumer lag, DLQ size, feed health.
"use strict";

(() => {
  const { el, api, dateTime, label, replaceChildren, articleLink } = Desk;
  const $ = (id) => document.getElementById(id);
  const EVERY = 5000;
  const RATES = [
    ["dealwire.ingest.articles.published", "articles fetched"],
    ["dealwire.enrich.articles", "articles enriched"],
    ["dealwire.enrich.deal.events", "deal events"],
    ["dealwire.sink.jsonl.written", "deal events in JSON Lines"],
    ["dealwire.sink.postgres.written", "rows in PostgreSQL"],
  ];
  let previous = null;

  function tile(value, what) {
    return el("div", { className: "tile" }, el("div", { className: "value" }, value), el("div", { className: "what" }, what));
  }

  function pipeline(ops) {
    const p = ops.pipeline;
    const tiles = [
      tile(p.dlqSize < 0 ? "?" : String(p.dlqSize), "records in the dead-letter queue"),
      tile(ops.source, "deals read from"),
      tile(String(ops.liveClients), "live pages connected"),
    ];
    const counters = p.counters || {};
    if (Object.keys(counters).length) {
      for (const [name, what] of RATES) {
        if (!(name in counters)) continue;
        let rate = "rate after the next reading";
        if (previous && name in previous.counters) {
          const minutes = (Date.parse(p.at) - Date.parse(previous.at)) / 60000;
          const perMinute = minutes > 0 ? (counters[name] - previous.counters[name]) / minutes : 0;
          rate = perMinute.toFixed(1) + " / min now";
        }
        tiles.push(tile(String(Math.round(counters[name])), what + " since start; " + rate));
      }
      previous = p;
    } else {
      tiles.push(tile("—", "throughput: shown when the desk runs inside dealwire run"));
    }
    replaceChildren($("tiles"), tiles);
    replaceChildren($("lag-rows"), Object.entries(p.consumerLag).map(([group, lag]) =>
      el("tr", {}, el("td", {}, group), el("td", { className: "num" }, lag < 0 ? "unknown" : String(lag)))));
  }

  function feeds(list) {
    const cell = (name, content, cls) => el("td", { "data-label": name, className: cls }, content);
    const rows = list.map((f) => el("tr", {},
      cell("Feed", articleLink(f.url, f.url)),
      cell("Health", el("span", { className: "badge " + health(f) }, label(health(f)))),
      cell("Last success", dateTime(f.lastSuccessAt)),
      cell("Last attempt", dateTime(f.lastAttemptAt)),
      cell("Error", f.lastError ? f.lastError + (f.lastStatusCode ? " (HTTP " + f.lastStatusCode + ")" : "") : "—"),
      cell("Next poll", dateTime(f.nextPollAt)),
      cell("Failures in a row", String(f.consecutiveFailures), "num"),
      cell("Items seen", String(f.itemsSeen), "num")));
    replaceChildren($("feed-rows"), rows.length ? rows : [el("tr", {}, el("td", { colspan: 8 }, "No feed polled yet."))]);
  }

  function health(f) {
    if (f.consecutiveFailures > 0 || f.lastError) return "FAILING";
    return f.lastSuccessAt ? "OK" : "PENDING";
  }

  async function refresh() {
    try {
      const [ops, feedList] = await Promise.all([api("/api/ops"), api("/api/feeds")]);
      pipeline(ops);
      feeds(feedList.feeds);
      $("error").textContent = "";
      $("live-status").textContent = "updated " + new Date().toISOString().slice(11, 19) + " UTC";
      $("live-status").classList.add("on");
    } catch (e) {
      $("error").textContent = "Cannot load the operations figures: " + e.message;
      $("live-status").classList.remove("on");
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    refresh();
    setInterval(refresh, EVERY);
  });
})();
