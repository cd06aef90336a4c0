/* phiscrub web page: check a draft and its photos, show what is hidden and the jigsaw risk.
 *
 * Plain JavaScript, no framework, nothing from the network. Every API call carries the session
 * token from <meta name="phiscrub-token">. Nothing is stored between page loads.
 * Offsets from the server are Python code-point offsets: text is sliced via Array.from(text).
 * Untrusted text only ever reaches the page through textContent (never innerHTML).
 */
"use strict";

(function () {
  const $ = (selector) => document.querySelector(selector);
  const TOKEN = ($('meta[name="phiscrub-token"]') || {}).content || "";
  const CHECK_DELAY_MS = 600;

  const state = {
    allow: [],           // names allowed in this post only
    photos: [],          // {file, name, beforeUrl, status: pending|done|failed, result, error, node, removed}
    photoQueue: Promise.resolve(), // photos are checked one at a time
    lastText: null,      // the draft text the shown results describe
    seq: 0,              // number of the latest /api/analyze request
    controller: null,    // aborts an out-of-date /api/analyze request
    timer: 0,
  };

  // Readable names for screen readers, tables and titles (the legend's labels are plural).
  const TYPE_NAMES = {
    PERSON: "name", NHS_NUMBER: "NHS number", HOSPITAL_NUMBER: "hospital number", POSTCODE: "postcode",
    DATE_OF_BIRTH: "date of birth", STREET_ADDRESS: "address", PHONE_NUMBER: "phone number",
    EMAIL_ADDRESS: "email address", NI_NUMBER: "National Insurance number", UK_VEHICLE_REG: "vehicle registration",
  };
  const REGION_WORDS = {
    face: ["face", "faces"], plate: ["number plate", "number plates"],
    text: ["area of identifying text", "areas of identifying text"], barcode: ["barcode or QR code", "barcodes or QR codes"],
  };

  /* ---------- small DOM helpers ---------- */

  /** el("p", {className: "x", "data-kind": "face"}, "text", childNode) — never sets inline style attributes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "className") node.className = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === "") continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  const hidden = (text) => el("span", { className: "visually-hidden" }, text);
  const clear = (node) => { while (node.firstChild) node.removeChild(node.firstChild); };
  const readable = (kind) => TYPE_NAMES[kind] || String(kind || "").toLowerCase().replace(/_/g, " ");
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const sliceCp = (chars, start, end) => chars.slice(start, end).join("");

  function setStatus(message) { $("#status").textContent = message; }
  function showError(message) { const box = $("#error"); box.textContent = message; box.hidden = false; }
  function clearError() { const box = $("#error"); box.textContent = ""; box.hidden = true; }

  /* ---------- talking to the local server ---------- */

  /** fetch with the session token; resolves to {ok, status, body, error}. Rethrows only AbortError. */
  async function api(path, init) {
    const headers = Object.assign({ "X-Phiscrub-Token": TOKEN }, init.headers || {});
    let response;
    try {
      response = await fetch(path, Object.assign({}, init, { headers, credentials: "same-origin", cache: "no-store" }));
    } catch (err) {
      if (err && err.name === "AbortError") throw err;
      return { ok: false, status: 0, body: null, error: "Could not reach phiscrub on this computer. Is it still running?" };
    }
    let body = null;
    try { body = await response.json(); } catch (_) { body = null; }
    if (response.ok && body) return { ok: true, status: response.status, body, error: "" };
    let error = body && typeof body.error === "string" ? body.error : `phiscrub could not do this (HTTP ${response.status}).`;
    if (!(body && body.error) && (response.status === 401 || response.status === 403)) {
      error = "This page's session has ended. Open the page again from the phiscrub command.";
    }
    return { ok: false, status: response.status, body, error };
  }

  /* ---------- checking the draft ---------- */

  function scheduleCheck() {
    clearTimeout(state.timer);
    state.timer = setTimeout(runCheck, CHECK_DELAY_MS);
  }

  /** What /api/analyze needs to know about each finished photo. */
  function photoFacts() {
    return state.photos.filter((p) => p.status !== "pending").map((p) => {
      if (p.status === "failed") return { has_gps: false, has_capture_time: false, region_kinds: [], failed: true };
      const facts = p.result.facts || {};
      return { has_gps: Boolean(facts.has_gps), has_capture_time: Boolean(facts.has_capture_time),
        region_kinds: (p.result.regions || []).map((r) => r.kind), failed: false,
        mentions: p.result.mentions || [] };  // quasi-identifiers read in the photo (kinds, no text)
    });
  }

  /** Send the draft (and photo facts) for checking; only the latest answer is shown. */
  async function runCheck() {
    clearTimeout(state.timer);
    const text = $("#draft").value;
    const photos = photoFacts();
    if (state.controller) state.controller.abort();
    const seq = ++state.seq; // any answer still on its way is now out of date
    if (!text.trim() && photos.length === 0) { renderEmpty(); return; }
    const controller = new AbortController();
    state.controller = controller;
    setStatus("Checking…");
    const payload = { text, mode: $("#mode").value, allow: state.allow.slice(), history: [], photos };
    try {
      const res = await api("/api/analyze", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(payload), signal: controller.signal,
      });
      if (seq !== state.seq) return;
      if (!res.ok) { showError(res.error); setStatus(""); return; }
      clearError();
      renderResult(res.body, text);
      const found = (res.body.findings || []).length;
      const level = res.body.risk_after ? res.body.risk_after.level : "unknown";
      setStatus(`Checked: ${plural(found, "identifier", "identifiers")} hidden; jigsaw risk after redaction: ${level}.`);
    } catch (err) {
      if (err && err.name === "AbortError") return; // a newer check replaced this one
      showError("Something went wrong while showing the results. Try again.");
      setStatus("");
    } finally {
      if (state.controller === controller) state.controller = null;
    }
  }

  function renderResult(result, text) {
    state.lastText = text;
    renderLegend(result.legend || {});
    renderHighlighted(text, result.findings || [], result.mentions || [], result.legend || {});
    $("#safe").value = result.safe_text || "";
    $("#copy").disabled = !result.safe_text;
    renderRisk(result.risk_before, result.risk_after, text);
  }

  function renderEmpty() {
    state.lastText = null;
    clear($("#legend"));
    clear($("#highlighted"));
    $("#highlighted").append(el("p", { className: "muted" }, "Your checked draft will appear here."));
    $("#safe").value = "";
    $("#copy").disabled = true;
    renderRisk(null, null, "");
    setStatus("");
  }

  /* ---------- the highlighted draft ---------- */

  function parseHex(colour) {
    const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour || "");
    if (!m) return null;
    const hex = m[1].length === 3 ? m[1].replace(/./g, "$&$&") : m[1];
    return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  }

  /** A light tint of the legend colour behind dark text (contrast well above 4.5:1) and a solid underline. */
  function paint(node, colour) {
    const rgb = parseHex(colour);
    if (!rgb) return;
    node.style.backgroundColor = `rgb(${rgb.map((v) => Math.round(v * 0.3 + 255 * 0.7)).join(", ")})`;
    node.style.borderBottomColor = colour;
  }

  function renderLegend(legend) {
    const box = $("#legend");
    clear(box);
    for (const [type, entry] of Object.entries(legend)) {
      const swatch = el("span", { className: `swatch swatch-${type}` }, (entry && entry.label) || readable(type));
      paint(swatch, entry && entry.colour);
      box.append(el("span", { className: "legend-item", "data-type": type }, swatch));
    }
  }

  function renderHighlighted(text, findings, mentions, legend) {
    const chars = Array.from(text);
    const spans = [];
    const add = (item, rank) => {
      const start = Math.max(0, item.start | 0), end = Math.min(chars.length, item.end | 0);
      if (end > start) spans.push({ start, end, rank, item });
    };
    findings.forEach((f) => add(f, 0));
    mentions.forEach((m) => add(m, 1));
    const box = $("#highlighted");
    clear(box);
    nest(box, chars, 0, chars.length, sortSpans(spans), legend);
  }

  const sortSpans = (list) => list.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);

  /**
   * Render chars[from, to) into parent, wrapping each span; spans inside another are nested in it.
   * Where a mention and a finding cross, the mention is cut so a finding is always one <mark>.
   */
  function nest(parent, chars, from, to, spans, legend) {
    let cursor = from;
    let queue = spans;
    while (queue.length) {
      let span = queue.shift();
      if (span.end <= cursor) continue;
      if (span.start < cursor) span = Object.assign({}, span, { start: cursor });
      if (span.rank === 1) { // cut a mention where a finding crosses its end
        const crossing = queue.filter((t) => t.rank === 0 && t.start < span.end && t.end > span.end);
        const cut = Math.min(...crossing.map((t) => t.start), span.end);
        if (cut > span.start && cut < span.end) {
          queue.push(Object.assign({}, span, { start: cut }));
          span = Object.assign({}, span, { end: cut });
        }
      }
      const inside = [], rest = [];
      for (const t of queue) {
        if (t.start >= span.end) rest.push(t);
        else if (t.end <= span.end) inside.push(t);
        else { inside.push(Object.assign({}, t, { end: span.end })); rest.push(Object.assign({}, t, { start: span.end })); }
      }
      parent.append(sliceCp(chars, cursor, span.start));
      const node = span.rank === 0 ? findingNode(span.item, legend) : mentionNode(span.item, legend);
      nest(node, chars, span.start, span.end, sortSpans(inside), legend);
      if (span.rank === 0) {
        parent.append(hidden(`${readable(span.item.entity_type)}: `), node);
        if (span.item.entity_type === "PERSON") parent.append(allowButton(sliceCp(chars, span.item.start, span.item.end)));
      } else {
        parent.append(node);
      }
      cursor = span.end;
      queue = sortSpans(rest);
    }
    parent.append(sliceCp(chars, cursor, to));
  }

  function findingNode(finding, legend) {
    const type = finding.entity_type;
    const mark = el("mark", { className: `finding finding-${type}`, "data-type": type, title: readable(type) });
    paint(mark, legend[type] && legend[type].colour);
    return mark;
  }

  function mentionNode(mention, legend) {
    const span = el("span", { className: `mention mention-${mention.kind}`, "data-kind": mention.kind, title: readable(mention.kind) });
    const entry = legend[mention.kind];
    if (entry && parseHex(entry.colour)) span.style.textDecorationColor = entry.colour;
    return span;
  }

  /* ---------- allowed names (this post only, never stored) ---------- */

  function allowButton(name) {
    const button = el("button", { type: "button", className: "allow", "data-name": name }, "Allow this name", hidden(`: ${name}`));
    button.addEventListener("click", () => allowName(name));
    return button;
  }

  function allowName(name) {
    const clean = name.trim();
    if (clean && !state.allow.includes(clean)) state.allow.push(clean);
    renderAllowed();
    $("#allowed-heading").focus(); // the button goes away with the highlight
    setStatus(`“${clean}” is allowed in this post.`);
    runCheck();
  }

  function removeAllowed(name) {
    state.allow = state.allow.filter((n) => n !== name);
    renderAllowed();
    $("#allowed-heading").focus();
    runCheck();
  }

  function renderAllowed() {
    const list = $("#allowed");
    clear(list);
    for (const name of state.allow) {
      const remove = el("button", { type: "button", className: "button small secondary remove" }, "Remove", hidden(` ${name}`));
      remove.addEventListener("click", () => removeAllowed(name));
      list.append(el("li", { "data-name": name }, el("span", { className: "allowed-name" }, name), " ", remove));
    }
    $("#allowed-empty").hidden = state.allow.length > 0;
  }

  /* ---------- safe copy ---------- */

  async function copySafe() {
    if ($("#draft").value !== state.lastText) await runCheck(); // never copy an out-of-date safe text
    if ($("#draft").value !== state.lastText) { setStatus("The draft changed: check it again, then copy."); return; }
    const safe = $("#safe");
    if (!safe.value) return;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(safe.value);
        setStatus("Safe text copied. You can paste it into your post.");
        return;
      }
    } catch (_) { /* fall back to selecting the text */ }
    safe.focus();
    safe.select();
    let copied = false;
    try { copied = document.execCommand("copy"); } catch (_) { /* not supported: leave it selected */ }
    setStatus(copied ? "Safe text copied." : "The safe text is selected: press Ctrl+C (⌘+C on a Mac) to copy it.");
  }

  /* ---------- jigsaw risk ---------- */

  /** "fewer than 1", "3", "140", "1,200", "2.4 million"; null when the number is unusable. */
  function formatK(k) {
    if (typeof k !== "number" || Number.isNaN(k)) return null;
    if (!Number.isFinite(k)) return "millions of";
    if (k < 1) return "fewer than 1";
    if (k < 10) return String(Math.round(k));
    if (k < 1e6) return Number(k.toPrecision(2)).toLocaleString("en-GB");
    return `${Number((k / 1e6).toPrecision(2)).toLocaleString("en-GB")} million`;
  }

  function kSentence(k) {
    const f = formatK(k);
    if (f === null) return "";
    if (f === "fewer than 1") return "Fewer than 1 person could match: the details point to one person.";
    if (f === "1") return "About 1 person could match.";
    return `About ${f} people could match.`;
  }

  function badge(level, id) {
    return el("span", { id, className: `badge level-${level}`, "data-level": level }, level);
  }

  function renderRisk(before, after, text) {
    const level = $("#risk-level");
    level.textContent = after ? after.level : "not checked";
    level.className = after ? `badge level-${after.level}` : "badge";
    level.dataset.level = after ? after.level : "";
    $("#risk-k").textContent = after ? kSentence(after.k) : "";
    $("#risk-reason").textContent = after && after.reason ? after.reason : "";
    const asWritten = $("#risk-before");
    clear(asWritten);
    if (before) {
      asWritten.append("As written, before redaction: ", badge(before.level), " risk. ", kSentence(before.k));
    }
    const chars = Array.from(text || "");
    renderFactors(after ? after.factors || [] : [], chars);
    renderSuggestions(after ? after.suggestions || [] : [], after ? after.factors || [] : [], chars);
  }

  /** The draft's own wording for a factor or suggestion, or null (a photo or an earlier post). */
  function wordingOf(item, chars) {
    if (item.source !== "draft" || item.start < 0 || item.end > chars.length || item.end <= item.start) return null;
    return sliceCp(chars, item.start, item.end);
  }

  function renderFactors(factors, chars) {
    const body = $("#factors tbody");
    clear(body);
    const sorted = factors.slice().sort((a, b) => (Number(b.bits) || 0) - (Number(a.bits) || 0));
    for (const f of sorted) {
      const words = wordingOf(f, chars);
      const wording = words === null ? el("em", { className: "muted" }, `from ${f.source || "elsewhere"}`) : el("q", {}, words);
      body.append(el("tr", { "data-kind": f.kind },
        el("td", {}, wording), el("td", {}, readable(f.kind)),
        el("td", { className: "num" }, (Number(f.bits) || 0).toFixed(1)), el("td", {}, f.note || "")));
    }
    $("#factors").hidden = sorted.length === 0;
    $("#factors-empty").hidden = sorted.length > 0;
  }

  function changeWords(s) {
    if (s.action === "redact") return "hide it";
    if (s.action === "generalise" && s.replacement) return `→ ${s.replacement}`;
    return "leave it out";
  }

  function renderSuggestions(suggestions, factors, chars) {
    const list = $("#suggestions");
    clear(list);
    for (const s of suggestions) {
      const words = wordingOf(s, chars);
      const li = el("li", { className: "suggestion", "data-action": s.action });
      if (words === null) { // a photo or an earlier post: its note only
        const factor = factors.find((f) => f.kind === s.kind && f.source === s.source && f.start === s.start);
        li.append(el("span", { className: "s-wording" }, (factor && factor.note) || `${readable(s.kind)} (${s.source})`),
          el("span", { className: "s-change" }, changeWords(s)), levelAfter(s),
          el("span", { className: "s-note muted" }, "Change this in the photo or the earlier post."));
      } else {
        const change = s.action === "generalise" && s.replacement ? `change “${words}” to “${s.replacement}”` : `leave out “${words}”`;
        const apply = el("button", { type: "button", className: "button small apply" }, "Apply", hidden(`: ${change}`));
        apply.addEventListener("click", () => applySuggestion(s));
        li.append(el("span", { className: "s-wording" }, el("q", {}, words)),
          el("span", { className: "s-change" }, changeWords(s)), levelAfter(s), apply);
      }
      list.append(li);
    }
    $("#suggestions-empty").hidden = suggestions.length > 0;
  }

  function levelAfter(s) {
    const k = formatK(s.k_after);
    return el("span", { className: "s-level" }, "then ", badge(s.level_after), " risk",
      k === null ? "" : ` (about ${k === "fewer than 1" ? "1 person" : `${k} people`})`);
  }

  /** Drop a span's text and tidy the gap: no double space, no space before punctuation. */
  function tidyGap(before, after) {
    if (/\s$/.test(before) && /^[ \t]/.test(after)) after = after.replace(/^[ \t]+/, "");
    if (/[ \t]$/.test(before) && (/^[,.;:!?)]/.test(after) || after === "" || /^\n/.test(after))) before = before.replace(/[ \t]+$/, "");
    if (before === "" || /\n$/.test(before)) after = after.replace(/^[ \t]+/, "");
    return [before, after];
  }

  const startsSentence = (before) => /(^\s*|[.!?]\s+|\n\s*)$/.test(before);

  function applySuggestion(s) {
    const draft = $("#draft");
    if (draft.value !== state.lastText) {
      runCheck().then(() => setStatus("The draft had changed, so it was checked again. Look at the suggestions again, then apply."));
      return;
    }
    const chars = Array.from(state.lastText);
    const words = sliceCp(chars, s.start, s.end);
    if (s.action === "redact" && state.allow.includes(words.trim())) { // an allowed name: stop allowing it
      removeAllowed(words.trim());
      return;
    }
    let before = sliceCp(chars, 0, s.start), after = sliceCp(chars, s.end, chars.length);
    let replacement = s.action === "generalise" ? s.replacement || "" : "";
    if (replacement && startsSentence(before)) replacement = replacement[0].toUpperCase() + replacement.slice(1);
    if (!replacement) [before, after] = tidyGap(before, after);
    draft.value = before + replacement + after;
    setStatus(replacement ? `Changed “${words}” to “${replacement}”.` : `Left out “${words}”.`);
    $("#risk-heading").focus();
    runCheck();
  }

  /* ---------- photos ---------- */

  function looksLikePhoto(file) {
    return /^image\//.test(file.type) || /\.(jpe?g|png|webp|hei[cf])$/i.test(file.name);
  }

  function addFiles(files) {
    for (const file of Array.from(files || [])) {
      if (!looksLikePhoto(file)) { showError(`“${file.name}” is not a photo phiscrub can read (JPEG, PNG, WebP or HEIC).`); continue; }
      const photo = { file, name: file.name, beforeUrl: URL.createObjectURL(file), status: "pending", result: null, error: "" };
      state.photos.push(photo);
      showPhoto(photo);
      state.photoQueue = state.photoQueue.then(() => processPhoto(photo))
        .catch(() => finishPhoto(photo, { ok: false, error: "Something went wrong while checking this photo." }));
    }
    $("#photo-input").value = ""; // choosing the same file again still fires "change"
  }

  const SAFE_IMAGE = /^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=\s]+$/;

  async function processPhoto(photo) {
    if (photo.removed) return;
    setStatus(`Checking photo “${photo.name}”…`);
    const form = new FormData();
    form.append("photo", photo.file, photo.file.name);
    finishPhoto(photo, await api("/api/photo", { method: "POST", body: form }));
  }

  /** Record the server's answer for a photo: a safe copy, or a failure (no download). */
  function finishPhoto(photo, res) {
    if (photo.removed) return;
    if (res.ok && typeof res.body.safe === "string" && SAFE_IMAGE.test(res.body.safe)) {
      photo.status = "done";
      photo.result = res.body;
      setStatus(`Photo “${photo.name}” checked: ${regionSummary(res.body.regions || [])}.`);
    } else {
      photo.status = "failed";
      photo.error = res.ok ? "No safe copy was made." : res.error;
      setStatus(`Photo “${photo.name}” could not be made safe.`);
    }
    showPhoto(photo);
    updateZip();
    runCheck(); // the photo's facts count towards the jigsaw risk
  }

  /** regions -> [["face", "2 faces covered"], ["plate", "1 number plate covered"]] */
  function regionLines(regions) {
    const counts = {};
    for (const r of regions) counts[r.kind] = (counts[r.kind] || 0) + 1;
    return Object.entries(counts).map(([kind, n]) => [kind, `${plural(n, ...(REGION_WORDS[kind] || [kind, kind]))} covered`]);
  }
  const regionSummary = (regions) => regionLines(regions).map(([, line]) => line).join(", ") || "nothing needed covering";

  /** Build (or rebuild) a photo's card, keeping keyboard focus on it if it had it. */
  function showPhoto(photo) {
    const card = buildPhotoCard(photo);
    const old = photo.node;
    const hadFocus = old && old.contains(document.activeElement);
    if (old) old.replaceWith(card); else $("#photos").append(card);
    photo.node = card;
    if (hadFocus) (card.querySelector("a.download, button.remove-photo") || card).focus();
  }

  function buildPhotoCard(photo) {
    const classes = ["photo", photo.status === "failed" ? "failed" : "", photo.status === "pending" ? "pending" : ""];
    const card = el("article", { className: classes.join(" ").trim(), "data-name": photo.name,
      "aria-busy": photo.status === "pending" ? "true" : null, tabindex: "-1" });
    card.append(el("h3", { className: "photo-name" }, photo.name));
    const pair = el("div", { className: "photo-pair" }, beforeFigure(photo));
    if (photo.status === "done") pair.append(afterFigure(photo));
    card.append(pair, photoDetails(photo));
    const actions = el("div", { className: "photo-actions" });
    if (photo.status === "done") {
      const r = photo.result;
      actions.append(el("a", { className: "button download", href: r.safe, download: r.filename || `${photo.name}.safe.jpg` },
        "Download safe photo", hidden(` (${r.filename || photo.name})`)));
    }
    const remove = el("button", { type: "button", className: "button secondary remove-photo" }, "Remove photo", hidden(` ${photo.name}`));
    remove.addEventListener("click", () => removePhoto(photo));
    actions.append(remove);
    card.append(actions);
    return card;
  }

  function beforeFigure(photo) {
    const img = el("img", { className: "before", src: photo.beforeUrl, alt: `Original photo ${photo.name}` });
    img.addEventListener("error", () => { // HEIC and others this browser cannot show
      img.replaceWith(el("p", { className: "no-preview" }, `${photo.name} (this browser cannot show a preview)`));
    });
    return el("figure", { className: "before-fig" }, img, el("figcaption", {}, "Before (stays on this computer)"));
  }

  function afterFigure(photo) {
    const r = photo.result;
    const frame = el("div", { className: "after-frame" },
      el("img", { className: "after", src: r.safe, alt: `Safe copy of ${photo.name}: ${regionSummary(r.regions || [])}` }));
    const width = Number(r.width), height = Number(r.height);
    for (const region of (width > 0 && height > 0 ? r.regions || [] : [])) {
      const [x, y, w, h] = (region.box || []).map(Number);
      const box = el("div", { className: `region region-${region.kind}`, "data-kind": region.kind, "aria-hidden": "true" });
      const pct = (value, of) => `${(100 * value) / of}%`; // outlines scale with the displayed image
      Object.assign(box.style, { left: pct(x, width), top: pct(y, height), width: pct(w, width), height: pct(h, height) });
      frame.append(box);
    }
    return el("figure", { className: "after-fig" }, frame, el("figcaption", {}, "After (safe to post; covered areas outlined)"));
  }

  function photoDetails(photo) {
    if (photo.status === "pending") return el("p", { className: "photo-state" }, "Checking this photo…");
    if (photo.status === "failed") {
      const error = /[.!?]$/.test(photo.error) ? photo.error : `${photo.error}.`;
      return el("p", { className: "photo-state photo-error" }, el("strong", {}, "Not made safe: "), error,
        " Do not post this photo.");
    }
    const r = photo.result;
    const list = el("ul", { className: "region-counts" });
    const lines = regionLines(r.regions || []);
    for (const [kind, line] of lines) list.append(el("li", { "data-kind": kind }, line));
    if (!lines.length) list.append(el("li", {}, "Nothing needed covering."));
    const facts = r.facts || {};
    if (facts.has_gps) list.append(el("li", {}, "Location (GPS) removed."));
    if (facts.has_capture_time) list.append(el("li", {}, "Time taken removed."));
    const side = Number(r.max_side);
    if (side > 0 && Math.max(Number(r.width), Number(r.height)) === side) {
      list.append(el("li", {}, `Made ${r.width} × ${r.height} px, the size it will be posted at.`));
    }
    for (const note of r.findings || []) list.append(el("li", { className: "muted" }, String(note)));
    return list;
  }

  function removePhoto(photo) {
    photo.removed = true;
    URL.revokeObjectURL(photo.beforeUrl);
    if (photo.node) photo.node.remove();
    state.photos = state.photos.filter((p) => p !== photo);
    updateZip();
    setStatus(`Photo “${photo.name}” removed.`);
    $("#photo-input").focus();
    runCheck();
  }

  function updateZip() {
    $("#zip").disabled = !state.photos.some((p) => p.status === "done");
  }

  /* ---------- ZIP of the safe photos (stored, no compression) ---------- */

  const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
    return table;
  })();

  function crc32(bytes) {
    let c = 0xffffffff;
    for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  }

  function dataUrlBytes(url) {
    const binary = atob(url.slice(url.indexOf(",") + 1).replace(/\s/g, ""));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  /** Little-endian fields [[2 or 4 bytes, value], …] packed into bytes. */
  function le(fields) {
    const view = new DataView(new ArrayBuffer(fields.reduce((n, [size]) => n + size, 0)));
    let at = 0;
    for (const [size, value] of fields) {
      if (size === 2) view.setUint16(at, value, true); else view.setUint32(at, value >>> 0, true);
      at += size;
    }
    return new Uint8Array(view.buffer);
  }

  /** files: [{name, bytes}] -> Blob of a ZIP archive with every file stored (method 0, UTF-8 names). */
  function makeZip(files) {
    const now = new Date();
    const time = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
    const date = ((Math.max(now.getFullYear(), 1980) - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
    const local = [], central = [];
    let offset = 0, centralSize = 0;
    for (const file of files) {
      const name = new TextEncoder().encode(file.name), size = file.bytes.length, crc = crc32(file.bytes);
      // version 2.0, flag 0x0800 (UTF-8 name), method 0 (stored), time, date, CRC, sizes, name length
      const common = [[2, 20], [2, 0x0800], [2, 0], [2, time], [2, date], [4, crc], [4, size], [4, size], [2, name.length]];
      local.push(le([[4, 0x04034b50], ...common, [2, 0]]), name, file.bytes);
      // central entry: made by 2.0, the same fields, no extra/comment, disk 0, attributes 0, header offset
      central.push(le([[4, 0x02014b50], [2, 20], ...common, [2, 0], [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]]), name);
      offset += 30 + name.length + size;
      centralSize += 46 + name.length;
    }
    const end = le([[4, 0x06054b50], [2, 0], [2, 0], [2, files.length], [2, files.length], [4, centralSize], [4, offset], [2, 0]]);
    return new Blob([...local, ...central, end], { type: "application/zip" });
  }

  /** A name not yet used in the archive: "x.safe.jpg", "x.safe (2).jpg", … */
  function uniqueName(name, used) {
    let candidate = name, n = 2;
    while (used.has(candidate.toLowerCase())) candidate = name.replace(/(\.[^.]*)?$/, (ext) => ` (${n++})${ext}`);
    used.add(candidate.toLowerCase());
    return candidate;
  }

  function downloadZip() {
    const used = new Set();
    const files = state.photos.filter((p) => p.status === "done").map((p) => ({
      name: uniqueName(p.result.filename || `${p.name}.safe.jpg`, used), bytes: dataUrlBytes(p.result.safe),
    }));
    if (!files.length) return;
    const url = URL.createObjectURL(makeZip(files));
    const link = el("a", { href: url, download: "safe-photos.zip", className: "visually-hidden" }, "safe-photos.zip");
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    setStatus(`Downloading ${plural(files.length, "safe photo", "safe photos")} as safe-photos.zip.`);
  }

  /* ---------- wiring ---------- */

  function wireDropzone() {
    const zone = $("#dropzone"), input = $("#photo-input");
    zone.addEventListener("click", () => input.click());
    zone.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); input.click(); } });
    const hover = (on) => (e) => { e.preventDefault(); zone.classList.toggle("dragging", on); };
    zone.addEventListener("dragenter", hover(true));
    zone.addEventListener("dragover", hover(true));
    zone.addEventListener("dragleave", hover(false));
    zone.addEventListener("drop", (e) => { hover(false)(e); addFiles(e.dataTransfer && e.dataTransfer.files); });
    // A photo dropped anywhere else must not make the browser open it in place of this page.
    for (const type of ["dragover", "drop"]) {
      window.addEventListener(type, (e) => { if (!zone.contains(e.target)) e.preventDefault(); });
    }
    input.addEventListener("change", () => addFiles(input.files));
  }

  function init() {
    const draft = $("#draft");
    draft.addEventListener("input", scheduleCheck);
    draft.addEventListener("keydown", (e) => { // Ctrl+Enter / ⌘+Enter checks at once
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); runCheck(); }
    });
    $("#check").addEventListener("click", runCheck);
    $("#mode").addEventListener("change", runCheck);
    $("#copy").addEventListener("click", copySafe);
    $("#zip").addEventListener("click", downloadZip);
    wireDropzone();
    renderAllowed();
    renderRisk(null, null, "");
    if (draft.value.trim()) runCheck(); // a draft the browser restored after a reload
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
