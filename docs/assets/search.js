/* Vietnamese full-text search over the static index in data/search/ (see scripts/dangbo/search.py).
 * Folding, tokenising and shard hashing mirror the Python side exactly. */
(function () {
  "use strict";

  var MARKS = /\p{M}/gu;
  var WORD = /[\p{L}\p{N}]+/gu;
  var CLAUSE_BREAK = /[.,;:!?…]\s|\n/;
  var TONE_MOVE = /(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0309\u0303\u0323])(?![\p{L}\u0300-\u036f])/gu;
  var EVENT_LABELS = { "dai-hoi": "Đại hội Đảng bộ", "so-ket": "Hội nghị sơ kết", "tong-ket": "Hội nghị tổng kết", "khac": "Khác" };
  var PAGE_SIZE = 10;
  var FACETS = [["tinh", "Tỉnh/thành"], ["nam", "Năm"], ["su-kien", "Loại sự kiện"], ["nguoi", "Người chỉ đạo"]];

  function fold(text) {
    return text.replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD").replace(MARKS, "").toLowerCase();
  }
  function exactKey(text) {
    // Metadata tone convention (Hoà → Hòa), as normalize.exact_key does.
    return text.normalize("NFD").replace(TONE_MOVE, function (m, a, b, mark) { return a + mark + b; })
      .normalize("NFC").toLowerCase();
  }
  function tokens(text) {
    var source = exactKey(text), out = [], last = 0, m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(source))) {
      out.push({ f: fold(m[0]), x: m[0], joined: out.length > 0 && !CLAUSE_BREAK.test(source.slice(last, m.index)),
                 start: m.index, end: m.index + m[0].length });
      last = m.index + m[0].length;
    }
    return out;
  }
  function shardOf(key, shards) {
    var bytes = new TextEncoder().encode(key), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193) >>> 0; }
    return h % shards;
  }

  var root = (function () {
    var config = document.getElementById("__config");
    var base = config ? JSON.parse(config.textContent).base : ".";
    return new URL((base || ".") + "/", location.href);
  })();
  var cache = {};
  function getJSON(path) {
    if (!cache[path]) cache[path] = fetch(new URL(path, root)).then(function (r) {
      if (!r.ok) throw new Error(path + ": " + r.status);
      return path.slice(-4) === ".bin" ? r.arrayBuffer() : r.json();
    });
    return cache[path];
  }

  var index = null;
  function loadIndex() {
    if (!index) index = Promise.all([getJSON("data/search/meta.json"), getJSON("data/search/facets.bin")]).then(function (both) {
      var meta = both[0], view = new DataView(both[1]), docs = [];
      for (var i = 0; i < meta.count; i++) {
        var o = i * 12;
        docs.push({ id: i, province: view.getUint16(o, true), year: view.getUint16(o + 2, true), event: view.getUint16(o + 4, true),
                    speaker: view.getUint16(o + 6, true), day: view.getUint16(o + 8, true), length: view.getUint16(o + 10, true) || 1 });
      }
      var total = 0; docs.forEach(function (d) { total += d.length; });
      meta.docs = docs; meta.avgLength = total / Math.max(1, docs.length);
      return meta;
    });
    return index;
  }

  function postings(meta, key) {
    return getJSON("data/search/s/" + shardOf(key, meta.shards) + ".json").then(function (shard) {
      var list = shard[key], out = new Map();
      if (!list) return out;
      var forms = list[0], stride = forms.length > 1 ? 3 : 2, doc = 0;
      for (var i = 1; i < list.length; i += stride) {
        doc += list[i];
        var mask = stride === 3 ? list[i + 2] : 1, found = [];
        for (var k = 0; k < forms.length; k++) if (mask & (1 << Math.min(k, 30))) found.push(forms[k]);
        out.set(doc, { count: list[i + 1], forms: found });
      }
      return out;
    });
  }

  // Keys of a query: its adjacent pairs (a phrase), or the single syllable.
  function phraseKeys(words) {
    if (words.length === 1) return [{ key: words[0].f, exact: words[0].x }];
    var keys = [];
    for (var i = 0; i + 1 < words.length; i++) keys.push({ key: words[i].f + " " + words[i + 1].f, exact: words[i].x + " " + words[i + 1].x });
    return keys;
  }

  function match(meta, keys) {
    return Promise.all(keys.map(function (k) { return postings(meta, k.key); })).then(function (lists) {
      var results = [];
      lists[0].forEach(function (first, doc) {
        var counts = [], exact = true;
        for (var i = 0; i < lists.length; i++) {
          var hit = lists[i].get(doc);
          if (!hit) return;
          counts.push(hit.count);
          if (hit.forms.indexOf(keys[i].exact) < 0) exact = false;
        }
        var tf = Math.min.apply(null, counts), d = meta.docs[doc];
        var score = tf * 2.2 / (tf + 1.2 * (0.5 + 0.5 * d.length / meta.avgLength));
        results.push({ doc: doc, score: score, exact: exact });
      });
      return results;
    });
  }

  function phraseIn(text, words) {
    // The query's syllables consecutively in the text, no clause break between them.
    var t = tokens(text);
    for (var i = 0; i + words.length <= t.length; i++) {
      var ok = true;
      for (var j = 0; j < words.length && ok; j++) {
        if (t[i + j].f !== words[j].f || (j > 0 && !t[i + j].joined)) ok = false;
      }
      if (ok) return { start: t[i].start, end: t[i + words.length - 1].end };
    }
    return null;
  }

  // ---- state in the URL ----
  function readState() {
    var p = new URLSearchParams(location.search);
    return { q: p.get("q") || "", tinh: p.get("tinh") || "", nam: p.get("nam") || "", "su-kien": p.get("su-kien") || "",
             nguoi: p.get("nguoi") || "", sort: p.get("sap-xep") || "", page: Math.max(1, parseInt(p.get("trang") || "1", 10) || 1) };
  }
  function writeState(state, push) {
    var p = new URLSearchParams();
    if (state.q) p.set("q", state.q);
    FACETS.forEach(function (f) { if (state[f[0]]) p.set(f[0], state[f[0]]); });
    if (state.sort) p.set("sap-xep", state.sort);
    if (state.page > 1) p.set("trang", String(state.page));
    var url = location.pathname + (p.toString() ? "?" + p.toString() : "");
    history[push ? "pushState" : "replaceState"](null, "", url);
  }

  function facetValue(meta, doc, name) {
    if (name === "tinh") return doc.province ? meta.provinces[doc.province - 1] : "";
    if (name === "nam") return doc.year ? String(doc.year) : "";
    if (name === "su-kien") return meta.events[doc.event];
    return doc.speaker ? meta.speakers[doc.speaker - 1] : "";
  }
  function facetLabel(name, value) { return name === "su-kien" ? EVENT_LABELS[value] || value : value; }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k]; else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }

  function formatDate(iso) {
    if (!iso) return "";
    var p = iso.split("-");
    if (p.length === 3) return parseInt(p[2], 10) + "/" + parseInt(p[1], 10) + "/" + p[0];
    if (p.length === 2) return "tháng " + parseInt(p[1], 10) + "/" + p[0];
    return "năm " + p[0];
  }

  function excerpt(text, words, scattered) {
    // A window around the first phrase match, every occurrence of the query's syllables marked.
    var hit = phraseIn(text, scattered ? words.slice(0, 1) : words);
    var start = hit ? Math.max(0, hit.start - 90) : 0, end = Math.min(text.length, (hit ? hit.end : 0) + 160);
    if (start > 0) { var sp = text.indexOf(" ", start); if (sp > 0 && sp < start + 20) start = sp + 1; }
    var window = text.slice(start, end), frag = document.createDocumentFragment();
    if (start > 0) frag.appendChild(document.createTextNode("… "));
    // Mark the phrase where it occurs whole; for a scattered match, each of its syllables.
    var t = tokens(window), last = 0, phrase = scattered ? null : words;
    for (var i = 0; i < t.length; i++) {
      var n = phrase ? phrase.length : 1, ok = i + n <= t.length;
      for (var j = 0; j < n && ok; j++) {
        ok = phrase ? t[i + j].f === phrase[j].f && (j === 0 || t[i + j].joined)
                    : words.some(function (w) { return w.f === t[i].f; });
      }
      if (!ok) continue;
      var a = t[i].start, b = t[i + n - 1].end;
      frag.appendChild(document.createTextNode(window.slice(last, a)));
      frag.appendChild(el("mark", { text: window.slice(a, b) }));
      last = b;
      i += n - 1;
    }
    frag.appendChild(document.createTextNode(window.slice(last) + (end < text.length ? " …" : "")));
    return frag;
  }

  function Search(container) {
    this.container = container;
    this.status = el("p", { class: "bv-search__status", role: "status", "aria-live": "polite" });
    this.input = el("input", { type: "search", name: "q", id: "bv-q", autocomplete: "off", placeholder: "Ví dụ: can tho, Đại hội, Phan Văn Mãi", "aria-label": "Từ khóa tìm kiếm" });
    this.sort = el("select", { name: "sap-xep", id: "bv-sort", "aria-label": "Sắp xếp" }, [
      el("option", { value: "", text: "Liên quan nhất" }), el("option", { value: "moi", text: "Mới nhất" }), el("option", { value: "cu", text: "Cũ nhất" })]);
    var form = el("form", { class: "bv-search__form", role: "search" }, [
      el("label", { for: "bv-q", class: "bv-search__label", text: "Tìm trong các bài viết" }), this.input, this.sort,
      el("button", { type: "submit", class: "md-button md-button--primary", text: "Tìm" })]);
    this.facets = el("div", { class: "bv-search__facets" });
    this.results = el("ol", { class: "bv-search__results" });
    this.pager = el("nav", { class: "bv-search__pager", "aria-label": "Trang kết quả" });
    container.textContent = "";
    container.appendChild(form);
    container.appendChild(this.status);
    container.appendChild(el("div", { class: "bv-search__body" }, [this.facets, el("div", { class: "bv-search__main" }, [this.results, this.pager])]));
    var self = this, timer = null;
    form.addEventListener("submit", function (e) { e.preventDefault(); self.update({ q: self.input.value, page: 1 }, true); });
    this.input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { self.update({ q: self.input.value, page: 1 }, false); }, 150);
    });
    this.sort.addEventListener("change", function () { self.update({ sort: self.sort.value, page: 1 }, true); });
    window.addEventListener("popstate", function () { self.run(readState()); });
    this.run(readState());
  }

  Search.prototype.update = function (changes, push) {
    var state = Object.assign(readState(), changes);
    writeState(state, push);
    this.run(state);
  };

  Search.prototype.run = function (state) {
    var self = this, ticket = (this.ticket = (this.ticket || 0) + 1);
    this.input.value = state.q;
    this.sort.value = state.sort;
    var words = tokens(state.q);
    this.container.setAttribute("aria-busy", "true");
    return loadIndex().then(function (meta) {
      if (!words.length) return { meta: meta, hits: meta.docs.map(function (d) { return { doc: d.id, score: 0, exact: true }; }), scattered: false };
      return match(meta, phraseKeys(words)).then(function (hits) {
        if (hits.length || words.length < 2) return { meta: meta, hits: hits, scattered: false };
        return match(meta, words.map(function (w) { return { key: w.f, exact: w.x }; })).then(function (loose) {
          return { meta: meta, hits: loose, scattered: true };
        });
      });
    }).then(function (found) {
      if (ticket !== self.ticket) return null;
      return self.render(state, words, found);
    }).catch(function (error) {
      self.status.textContent = "Không tải được chỉ mục tìm kiếm (" + error.message + ").";
    }).then(function () { self.container.removeAttribute("aria-busy"); self.container.setAttribute("data-ready", String(ticket)); });
  };

  Search.prototype.render = function (state, words, found) {
    var meta = found.meta, self = this, marked = words.some(function (w) { return w.f !== w.x; });
    // Pairs chained across a long query can meet without the whole phrase: checked on the texts shown.
    var rejected = this.rejected && this.rejected.query === state.q ? this.rejected.docs : new Set();
    this.rejected = { query: state.q, docs: rejected };
    var hits = found.hits.filter(function (h) {
      if (rejected.has(h.doc)) return false;
      return FACETS.every(function (f) { return !state[f[0]] || facetValue(meta, meta.docs[h.doc], f[0]) === state[f[0]]; });
    });
    hits.sort(function (a, b) {
      var da = meta.docs[a.doc].day, db = meta.docs[b.doc].day;
      if (state.sort === "moi") return (db - da) || (a.doc - b.doc);
      if (state.sort === "cu") return ((da || 1e9) - (db || 1e9)) || (a.doc - b.doc);
      if (marked && a.exact !== b.exact) return a.exact ? -1 : 1;
      return (b.score - a.score) || (db - da) || (a.doc - b.doc);
    });
    this.renderFacets(meta, found.hits, state);
    var pages = Math.max(1, Math.ceil(hits.length / PAGE_SIZE)), page = Math.min(state.page, pages);
    var shown = hits.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    var what = words.length ? "“" + state.q.trim() + "”" : "mọi bài viết";
    this.status.textContent = hits.length
      ? (found.scattered ? "Không bài nào chứa đúng cụm từ " + what + "; " + hits.length + " bài chứa đủ các từ, rời nhau:" : hits.length + " bài viết cho " + what + ".")
      : "Không tìm thấy bài viết nào cho " + what + ".";
    return Promise.all(shown.map(function (h) { return getJSON("data/search/d/" + h.doc + ".json"); })).then(function (docs) {
      if (words.length > 2 && !found.scattered) {
        var before = rejected.size;
        docs.forEach(function (doc, i) { if (!phraseIn(doc.t + "\n" + doc.x, words)) rejected.add(shown[i].doc); });
        if (rejected.size > before) {
          found.hits = found.hits.filter(function (h) { return !rejected.has(h.doc); });
          return self.render(state, words, found);
        }
      }
      self.results.textContent = "";
      docs.forEach(function (doc, i) {
        var href = new URL(doc.u, root).href, info = [formatDate(doc.d), doc.p, EVENT_LABELS[doc.e], doc.s].filter(Boolean).join(" · ");
        self.results.appendChild(el("li", { class: "bv-result" + (found.scattered ? " bv-result--scattered" : "") }, [
          el("a", { href: href, class: "bv-result__title", text: doc.t }),
          el("div", { class: "bv-result__info", text: info }),
          words.length ? el("p", { class: "bv-result__excerpt" }, [excerpt(doc.x, words, found.scattered)]) : null]));
      });
      self.renderPager(state, page, pages);
    });
  };

  Search.prototype.renderFacets = function (meta, hits, state) {
    var self = this;
    this.facets.textContent = "";
    FACETS.forEach(function (f) {
      var name = f[0], counts = new Map();
      hits.forEach(function (h) {
        var d = meta.docs[h.doc];
        var others = FACETS.every(function (g) { return g[0] === name || !state[g[0]] || facetValue(meta, d, g[0]) === state[g[0]]; });
        if (!others) return;
        var v = facetValue(meta, d, name);
        if (v) counts.set(v, (counts.get(v) || 0) + 1);
      });
      var entries = Array.from(counts.entries()).sort(function (a, b) {
        return name === "nam" ? b[0].localeCompare(a[0]) : (b[1] - a[1]) || a[0].localeCompare(b[0], "vi");
      }).slice(0, 12);
      if (!entries.length && !state[name]) return;
      var list = el("ul", {});
      if (state[name]) {
        var clear = el("button", { type: "button", class: "bv-facet__clear", text: "✕ " + facetLabel(name, state[name]) + " (bỏ lọc)" });
        clear.addEventListener("click", function () { var c = { page: 1 }; c[name] = ""; self.update(c, true); });
        list.appendChild(el("li", {}, [clear]));
      }
      entries.forEach(function (entry) {
        if (entry[0] === state[name]) return;
        var button = el("button", { type: "button", class: "bv-facet__value" }, [facetLabel(name, entry[0]) + " ", el("span", { class: "bv-facet__count", text: String(entry[1]) })]);
        button.addEventListener("click", function () { var c = { page: 1 }; c[name] = entry[0]; self.update(c, true); });
        list.appendChild(el("li", {}, [button]));
      });
      // a folded list on phones, open on wider screens; a chosen facet stays open
      var box = el("details", { class: "bv-facet", "data-facet": name }, [el("summary", {}, [el("h2", { text: f[1] })]), list]);
      if (state[name] || !window.matchMedia("(max-width: 44.9375em)").matches) box.setAttribute("open", "");
      self.facets.appendChild(box);
    });
  };

  Search.prototype.renderPager = function (state, page, pages) {
    var self = this;
    this.pager.textContent = "";
    if (pages < 2) return;
    [["‹ Trước", page - 1], ["Sau ›", page + 1]].forEach(function (p) {
      if (p[1] < 1 || p[1] > pages) return;
      var b = el("button", { type: "button", class: "md-button", text: p[0] });
      b.addEventListener("click", function () { self.update({ page: p[1] }, true); window.scrollTo(0, 0); });
      self.pager.appendChild(b);
    });
    this.pager.appendChild(el("span", { text: " Trang " + page + "/" + pages }));
  };

  // A search box in the header of every page leads to the search page.
  function headerBox() {
    var inner = document.querySelector(".md-header__inner");
    if (!inner || document.getElementById("bv-search")) return;
    var input = el("input", { type: "search", name: "q", placeholder: "Tìm kiếm", "aria-label": "Tìm kiếm bài viết", class: "bv-header-search__input" });
    var form = el("form", { class: "bv-header-search", role: "search", action: new URL("tim-kiem/", root).href, method: "get" }, [input]);
    var before = inner.querySelector(".md-header__source") || null;
    inner.insertBefore(form, before);
  }

  window.bvSearch = { fold: fold, exactKey: exactKey, tokens: tokens, shardOf: shardOf, phraseIn: phraseIn };
  function start() {
    headerBox();
    var container = document.getElementById("bv-search");
    if (container) new Search(container);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
