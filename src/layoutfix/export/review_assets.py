"""The inline CSS and JavaScript of the review report (export/html.py), kept apart from the Python.

The report must open from a file with no network, so everything it needs is in these two strings and
goes into the page itself. The script only reads the escaped page and the JSON data block, and only
writes with `textContent`, so OCR text never becomes markup.
"""

CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; --paper: #fbfaf7;
  --k-space: #9ecae1; --k-join: #c7a4e0; --k-punct: #ffd27f; --k-unicode: #b5d99c; --k-markup: #d6d6d6;
  --k-typo: #ff8a80; --k-variant: #80cbc4; --k-furniture: #bcaaa4; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.6 system-ui, "Noto Sans CJK SC",
  "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
header.top { padding: 10px 18px 6px; border-bottom: 1px solid var(--line); background: var(--paper); }
header.top h1 { font-size: 18px; margin: 0 0 4px; }
.counts { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 0; font-size: 14px; }
.counts span b { font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 4px;
  vertical-align: -1px; }
.sticky { position: sticky; top: 0; z-index: 5; }
.toolbar { display: flex; flex-wrap: wrap; align-items: center;
  gap: 6px 14px; padding: 6px 18px; background: #fff; border-bottom: 1px solid var(--line); font-size: 14px; }
.toolbar select, .toolbar button, .sugg button { font: inherit; padding: 2px 8px; }
.toolbar .shown { color: var(--muted); }
.toolbar kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 4px; font-size: 12px; }
#detail { min-height: 2.2em; margin: 0; padding: 6px 18px;
  background: #fffbe6; border-bottom: 1px solid var(--line); font-size: 14px; }
#detail .rule { font-family: ui-monospace, monospace; font-weight: 600; }
#detail .ba { font-size: 17px; }
#detail .why { color: var(--muted); }
main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0; }
main.with-image { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1.2fr); }
#page > div { position: sticky; top: 110px; }
main > section { padding: 8px 16px 40px; border-right: 1px solid var(--line); min-width: 0; }
main > section h2 { font-size: 15px; margin: 4px 0 8px; color: var(--muted); font-weight: 600; }
#original .blk { white-space: pre-wrap; margin: 0 0 8px; padding: 2px 6px 2px 8px;
  border-left: 5px solid var(--c, #999); background: color-mix(in srgb, var(--c, #999) 7%, white); }
#original .gap { white-space: pre-wrap; }
.num { display: inline-block; min-width: 1.6em; margin-right: 5px; padding: 0 3px; border-radius: 3px;
  background: var(--c, #999); color: #fff; font: 600 11px/1.5 system-ui, sans-serif; text-align: center;
  vertical-align: 2px; text-indent: 0; }
.role { color: var(--muted); font: 11px system-ui, sans-serif; margin-right: 4px; vertical-align: 2px; }
mark.ed { background: var(--kc); color: inherit; border-radius: 2px; cursor: pointer; padding: 0 1px; }
mark.ed.k-space { --kc: var(--k-space); } mark.ed.k-join { --kc: var(--k-join); }
mark.ed.k-punct { --kc: var(--k-punct); } mark.ed.k-unicode { --kc: var(--k-unicode); }
mark.ed.k-markup { --kc: var(--k-markup); } mark.ed.k-typo { --kc: var(--k-typo); font-weight: 600; }
mark.ed.k-variant { --kc: var(--k-variant); } mark.ed.k-furniture { --kc: var(--k-furniture); }
mark.ed.c-medium { outline: 1px dashed #8a6d00; } mark.ed.c-low { outline: 2px dashed #b00020; }
mark.ed.off { background: none; outline: none; font-weight: inherit; }
mark.ed.off sup { display: none; }
mark.ed.current { outline: 3px solid #000; outline-offset: 1px; }
mark.ed .glyph { color: #555; font-size: 85%; }
mark.ed sup { font-size: 70%; color: #a00; margin-left: 1px; }
mark.sug { background: none; border-bottom: 2px dotted #b00020; cursor: pointer; }
span.lc { text-decoration: underline wavy #4b0082; text-decoration-thickness: 1.5px;
  text-underline-offset: 4px; text-decoration-skip-ink: none; cursor: help; }
.dim { opacity: 0.25; }
.hidden { display: none !important; }
article.art { margin: 0 0 14px; padding: 6px 12px; border-left: 6px solid var(--c);
  background: color-mix(in srgb, var(--c) 6%, white); }
article.art .aid { float: right; max-width: 50%; text-align: right; color: var(--muted); font-size: 12px; }
article.art .section { font-weight: 600; color: var(--c); }
article.art .kicker { margin: 0; font-size: 14px; }
article.art h3 { margin: 2px 0; font-size: 20px; line-height: 1.35; }
article.art h4 { margin: 8px 0 2px; font-size: 16px; }
article.art .subtitle { margin: 0; font-weight: 600; }
article.art .byline { margin: 2px 0; color: var(--muted); font-size: 14px; }
article.art p { margin: 4px 0; text-indent: 2em; }
article.art p.kicker, article.art p.subtitle, article.art p.byline, article.art p.fw, article.art p.marker,
article.art p.signed, article.art p.caption { text-indent: 0; }
article.art .fw { color: var(--muted); font-size: 13px; }
article.art .note-region, .front .note-region { font-style: italic; font-size: 13px; text-indent: 0;
  border-left: 3px solid var(--line); padding-left: 6px; }
article.art p > span.fw, article.art p > span.marker { margin: 0 3px; padding: 0 4px;
  border: 1px dashed var(--line); border-radius: 3px; }
article.art .marker { color: #7a4b00; font-size: 14px; }
article.art .caption { font-size: 14px; font-style: italic; }
article.art .signed { text-align: right; }
article.art p.separator { text-indent: 0; text-align: center; color: var(--muted); }
article.art p.cont { text-indent: 0; }
article.art figure.fig { margin: 6px 0; }
article.art .graphic { padding: 6px 8px; border: 1px dashed var(--c); background: #fff; color: var(--muted);
  font-size: 13px; }
article.art .graphic img { display: block; max-width: 100%; margin: 0 0 4px; }
article.art .graphic .path { color: var(--ink); word-break: break-all; }
article.art .graphic .figdesc { display: block; color: var(--ink); font-size: 14px; }
article.art figcaption p { margin: 2px 0; }
article.art p.credit { text-indent: 0; color: var(--muted); font-size: 13px; }
article.art div.table { margin: 6px 0; overflow-x: auto; }
article.art div.table table { border-collapse: collapse; font-size: 14px; }
article.art div.table td { border: 1px solid var(--line); padding: 2px 8px; vertical-align: top; }
.front { margin: 0 0 14px; padding: 4px 12px; border-left: 6px solid #999; color: var(--muted);
  font-size: 13px; }
#page svg { width: 100%; height: auto; border: 1px solid var(--line); background: #fff; }
#page .box rect { fill-opacity: 0.10; }
#page .box rect.badge { fill-opacity: 0.9; }
#page .box text { font-weight: 700; }
#page .box { cursor: pointer; }
#page .note { color: var(--muted); font-size: 13px; }
.sugg { padding: 8px 18px 12px; border-bottom: 1px solid var(--line); font-size: 14px; }
.sugg h2 { font-size: 15px; margin: 4px 0; }
.sugg table { border-collapse: collapse; width: 100%; }
.sugg td, .sugg th { border-bottom: 1px solid var(--line); padding: 3px 6px; text-align: left;
  vertical-align: top; }
.sugg td.why { color: var(--muted); font-size: 13px; }
.sugg td.act { white-space: nowrap; }
.sugg button { padding: 0 8px; }
.sugg tr.accepted { background: #e8f5e9; } .sugg tr.rejected { background: #fbe9e7; }
.sugg .ctx b { color: #b00020; }
.legend { font-size: 13px; color: var(--muted); }
.jumps, .warnings { margin: 4px 0 0; font-size: 14px; color: #7a4b00; }
details.run { margin: 4px 0 0; font-size: 13px; color: var(--muted); }
details.run dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 10px; margin: 2px 0 0; }
details.run dt { font-weight: bold; } details.run dd { margin: 0; overflow-wrap: anywhere; }
.jumps ul, .warnings ul { margin: 2px 0 0; padding-left: 20px; }
"""

JS = r"""
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("review-data").textContent);
  const edits = data.edits, suggestions = data.suggestions;
  const marks = Array.from(document.querySelectorAll("#original mark.ed"));
  const byIndex = new Map(marks.map(m => [Number(m.dataset.e), m]));
  const kindSel = document.getElementById("f-kind"), certSel = document.getElementById("f-cert");
  const artSel = document.getElementById("f-art"), shown = document.getElementById("shown");
  const lowBox = document.getElementById("f-lc");  // absent when no word is below --min-conf
  const detail = document.getElementById("detail");
  let current = -1;

  function visible(e) {
    return (kindSel.value === "" || e.kind === kindSel.value) &&
      (certSel.value === "" || e.cert === certSel.value) &&
      (artSel.value === "" || e.art === artSel.value) && (!lowBox || !lowBox.checked || !!e.lc);
  }
  function show(s) { return s.replace(/\n/g, "\u21b5").replace(/ /g, "\u2423") || "\u2205"; }
  function put(parent, cls, text) {
    const el = document.createElement("span");
    el.className = cls; el.textContent = text; parent.appendChild(el); return el;
  }
  function describe(e) {
    detail.textContent = "";
    put(detail, "rule", e.rule);
    put(detail, "", " \u00b7 " + data.kindLabels[e.kind] + " \u00b7 certainty " + e.cert + " \u00b7 ");
    put(detail, "ba", show(e.before) + " \u2192 " + show(e.after));
    put(detail, "", " \u00b7 change " + (e.i + 1) + " of " + edits.length + " (edit log line " + e.line +
      "), offset " + e.start +
      (e.block ? ", block " + e.block : "") + (e.art ? ", article " + e.art : "") + " \u00b7 ");
    put(detail, "why", e.why);
    if (e.lc) put(detail, "", " \u00b7 in a word read with OCR confidence " + e.lc.join(", "));
  }
  function select(i) {
    document.querySelectorAll("mark.ed.current").forEach(m => m.classList.remove("current"));
    current = i;
    const e = edits[i];
    describe(e);
    document.querySelectorAll('mark.ed[data-e="' + i + '"]').forEach(m => m.classList.add("current"));
    const m = byIndex.get(i);
    if (m) { m.scrollIntoView({block: "center"}); }
  }
  function step(dir) {
    const n = edits.length;
    for (let k = 1; k <= n; k++) {
      const i = current < 0 ? (dir > 0 ? k - 1 : n - k) : (current + dir * k + n * k) % n;
      if (visible(edits[i])) { select(i); return; }
    }
    detail.textContent = "No change matches the filters.";
  }
  function applyFilters() {
    let count = 0;
    for (const e of edits) {
      const ok = visible(e); if (ok) count++;
      document.querySelectorAll('mark.ed[data-e="' + e.i + '"]').forEach(m => m.classList.toggle("off", !ok));
    }
    shown.textContent = count + " of " + edits.length + " changes shown";
    const art = artSel.value;
    const other = el => art !== "" && el.dataset.art !== art;
    document.querySelectorAll("article.art").forEach(a => a.classList.toggle("hidden", other(a)));
    document.querySelectorAll(".front").forEach(a => a.classList.toggle("hidden", art !== ""));
    document.querySelectorAll("#original .blk, #page .box").forEach(b => b.classList.toggle("dim", other(b)));
    if (current >= 0 && !visible(edits[current])) {
      document.querySelectorAll("mark.ed.current").forEach(m => m.classList.remove("current"));
      current = -1;
    }
  }
  [kindSel, certSel, artSel, lowBox].forEach(s => { if (s) s.addEventListener("change", applyFilters); });
  document.addEventListener("click", ev => {
    const m = ev.target.closest("mark.ed");
    if (m) { select(Number(m.dataset.e)); return; }
    const s = ev.target.closest("mark.sug");
    if (s) {
      const row = document.getElementById("sug-" + s.dataset.s);
      if (row) row.scrollIntoView({block: "center"});
      return;
    }
    const box = ev.target.closest("#page .box");
    if (box) {
      const b = document.querySelector('#original .blk[data-b="' + box.dataset.b + '"]');
      if (b) b.scrollIntoView({block: "center"});
    }
  });
  document.getElementById("next").addEventListener("click", () => step(1));
  document.getElementById("prev").addEventListener("click", () => step(-1));
  document.addEventListener("keydown", ev => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const tag = ev.target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") return;
    if (ev.key === "n" || ev.key === "j") { step(1); ev.preventDefault(); }
    else if (ev.key === "p" || ev.key === "k") { step(-1); ev.preventDefault(); }
    else if (ev.key === "Escape") { current = -1; detail.textContent = data.hint;
      document.querySelectorAll("mark.ed.current").forEach(m => m.classList.remove("current")); }
  });

  // Suggestions: accept / reject, saved as JSONL for `layoutfix rules learn`.
  const decisions = new Map();
  const save = document.getElementById("save");
  const decided = document.getElementById("decided");
  function refresh() {
    if (decided) decided.textContent = decisions.size + " of " + suggestions.length + " decided";
    if (save) save.disabled = decisions.size === 0;
  }
  document.querySelectorAll(".sugg button[data-v]").forEach(b => b.addEventListener("click", () => {
    const i = Number(b.dataset.s), accept = b.dataset.v === "accept";
    decisions.set(i, accept);
    const row = document.getElementById("sug-" + i);
    row.classList.toggle("accepted", accept); row.classList.toggle("rejected", !accept);
    row.querySelector(".state").textContent = accept ? "accepted" : "rejected";
    refresh();
  }));
  function decisionsJsonl() {
    return Array.from(decisions.keys()).sort((a, b) => a - b).map(i => {
      const rec = Object.assign({}, suggestions[i].record, {accept: decisions.get(i)});
      return JSON.stringify(rec) + "\n";
    }).join("");
  }
  if (save) save.addEventListener("click", () => {
    const blob = new Blob([decisionsJsonl()], {type: "application/x-ndjson"});
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob); a.download = data.saveName;
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  window.layoutfixReview = {decisionsJsonl: decisionsJsonl, select: select};
  refresh();
  applyFilters();
})();
"""
