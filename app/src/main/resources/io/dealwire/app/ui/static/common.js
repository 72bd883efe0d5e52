// dealwire deal desk: helpers shared by every page. Data from the API is untrusted: it only ever reaches the page
// as text nodes (textContent) or as attributes set through the DOM, and links only when they are http or https.
"use strict";

const Desk = (() => {
  /** Builds an element; children may be strings (added as text) or nodes; attrs set through the DOM. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "className") node.className = value;
      else if (name === "dataset") Object.assign(node.dataset, value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** The URL when it is absolute http or https, else null: anything else is shown as text, never followed. */
  function safeHref(url) {
    if (typeof url !== "string") return null;
    try {
      const parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  /** A link to an article (new tab, no referrer), or plain text when the URL is not http(s). */
  function articleLink(url, text) {
    const href = safeHref(url);
    if (!href) return el("span", {}, text);
    return el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, text);
  }

  const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

  /** 2.4e9 USD as "USD 2.4 bn" (approximate amounts get a leading "~"). */
  function money(m) {
    if (!m) return "—";
    const v = m.value;
    const abs = Math.abs(v);
    const scaled = abs >= 1e9 ? number.format(v / 1e9) + " bn" : abs >= 1e6 ? number.format(v / 1e6) + " m"
      : number.format(v);
    return (m.approximate ? "~" : "") + m.currency + " " + scaled;
  }

  function date(iso) {
    if (!iso) return "—";
    const d = new Date(iso);
    return isNaN(d) ? "—" : d.toISOString().slice(0, 10);
  }

  function dateTime(iso) {
    if (!iso) return "—";
    const d = new Date(iso);
    return isNaN(d) ? "—" : d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
  }

  function label(code) {
    return String(code || "").toLowerCase().replace(/_/g, " ");
  }

  /** GET a JSON API path; rejects with the API's error message. */
  async function api(path) {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(body.error || "HTTP " + response.status);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  /** Parties in reading order: buyers, then targets and partners, then sellers and others. */
  function partySummary(parties) {
    const by = (role) => parties.filter((p) => p.role === role).map((p) => p.name);
    const buyers = by("BUYER");
    const targets = by("TARGET").concat(by("PARTNER"));
    const sellers = by("SELLER");
    let text = buyers.length ? buyers.join(", ") + " → " : "";
    text += targets.length ? targets.join(", ") : parties.map((p) => p.name).join(", ");
    if (sellers.length) text += " (from " + sellers.join(", ") + ")";
    return text || "(no parties)";
  }

  function replaceChildren(node, ...children) {
    node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined));
  }

  /** Marks the current page in the navigation. */
  function markNavigation() {
    for (const a of document.querySelectorAll("nav a[href]")) {
      const here = a.getAttribute("href") === location.pathname;
      if (here) a.setAttribute("aria-current", "page");
    }
  }

  document.addEventListener("DOMContentLoaded", markNavigation);

  return { el, safeHref, articleLink, money, date, dateTime, label, api, partySummary, replaceChildren };
})();
