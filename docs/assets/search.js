/* Vietnamese full-text search over the static index in data/search/ (see scripts/dangbo/search.py).
 *
 * How text is read (clause breaks, the i/y spellings, abbreviations), the hash, the facet layout, the
 * labels and the ranking weights come from the index's own meta.json ("contract", written by
 * scripts/dangbo/search_text.py): nothing here repeats a table of the Python side. */
(function () {
  "use strict";

  var MARKS = /\p{M}/gu;
  var WORD = /[\p{L}\p{N}]+/gu; // normalize.WORD_CHARS: runs of letters and digits
  // The tone convention (normalize.normalize_tone): "Hoà" → "Hòa", "Thuỷ" → "Thủy" ("qu" is a consonant).
  var TONE_MOVE = /(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0309\u0303\u0323])(?![\p{L}\u0300-\u036f])/gu;

  var C = null; // the contract
  var clauseBreak, iForY, foldFirst, variants = {};

  function useContract(contract) {
    if (!contract || contract.version !== 2) throw new Error("chỉ mục tìm kiếm không đúng phiên bản");
    C = contract;
    clauseBreak = new RegExp(contract.clause_break, "gu");
    foldFirst = new RegExp("[" + Object.keys(contract.fold.replace).join("") + "]", "g");
    var letters = Object.keys(contract.i_for_y.letters).join("");
    iForY = new RegExp("^(" + contract.i_for_y.onsets.join("|") + ")([" + letters + "])$", "u");
    variants = {};
    contract.abbreviations.forEach(function (a) {
      (variants[a[1][0]] = variants[a[1][0]] || []).push({ term: a[0], f: a[1], x: a[2], capitals: a[3] });
    });
  }

  function fold(text) {
    return text.replace(foldFirst, function (c) { return C.fold.replace[c]; }).normalize("NFD").replace(MARKS, "").toLowerCase();
  }
  function foldWord(word) {
    if (word.charAt(0) !== C.term_mark) return fold(word);
    while (word.slice(-C.approximate.length) === C.approximate && word.length > 1) word = word.slice(0, -C.approximate.length);
    return word;
  }
  function toned(text) {
    return text.normalize("NFD").replace(TONE_MOVE, function (m, a, b, mark) { return a + mark + b; }).normalize("NFC");
  }
  function exactWord(word) {
    var lower = word.toLowerCase(), m = iForY.exec(lower);
    return m ? m[1] + C.i_for_y.letters[m[2]] : lower;
  }
  function isUpper(word) { return word === word.toUpperCase() && word !== word.toLowerCase(); }

  // Words of a text: folded (f), exact (x), as written (c), after a clause break or not, where.
  function tokens(text) {
    var source = toned(text), out = [], breaks = [], m, b = 0, last = 0;
    clauseBreak.lastIndex = 0;
    while ((m = clauseBreak.exec(source))) { breaks.push(m.index); if (!m[0].length) clauseBreak.lastIndex++; }
    WORD.lastIndex = 0;
    while ((m = WORD.exec(source))) {
      var broken = false;
      while (b < breaks.length && breaks[b] < m.index) { if (breaks[b] >= last) broken = true; b++; }
      var x = exactWord(m[0]);
      out.push({ f: foldWord(x), x: x, c: m[0], joined: out.length > 0 && !broken, start: m.index, end: m.index + m[0].length });
      last = m.index + m[0].length;
    }
    return out;
  }

  // Abbreviations and full forms among the tokens: [start, end, form] (search_text.occurrences).
  function occurrences(t) {
    var found = new Map();
    for (var i = 0; i < t.length; i++) {
      (variants[t[i].f] || []).forEach(function (v) {
        var n = v.f.length, exact = true;
        if (i + n > t.length) return;
        for (var k = 0; k < n; k++) {
          if (t[i + k].f !== v.f[k] || (k > 0 && !t[i + k].joined)) return;
          if (v.capitals && !isUpper(t[i + k].c)) return;
          if (t[i + k].x !== v.x[k]) exact = false;
        }
        var place = i + "," + (i + n) + "," + v.term;
        if (exact || !found.has(place)) found.set(place, [i, i + n, v.term + (exact ? "" : C.approximate)]);
      });
    }
    return Array.from(found.values()).sort(function (a, b) { return (a[0] - b[0]) || (a[1] - b[1]) || (a[2] < b[2] ? -1 : 1); });
  }

  // What a query asks for: one or more sequences of items (a word, or an abbreviation's term), its
  // abbreviations read as such, every reading when two overlap ("Công an Thành phố Hồ Chí Minh").
  function readings(words) {
    var occ = occurrences(words).filter(function (o, _, all) {
      return !all.some(function (p) { return p !== o && p[0] <= o[0] && o[1] <= p[1] && (p[1] - p[0]) > (o[1] - o[0]); });
    });
    var out = [];
    (function choose(index, chosen) {
      if (out.length >= 8) return;
      if (index === occ.length) {
        var maximal = occ.every(function (o) { return chosen.indexOf(o) >= 0 || chosen.some(function (c) { return c[0] < o[1] && o[0] < c[1]; }); });
        if (maximal) out.push(chosen);
        return;
      }
      var o = occ[index];
      if (!chosen.some(function (c) { return c[0] < o[1] && o[0] < c[1]; })) choose(index + 1, chosen.concat([o]));
      choose(index + 1, chosen);
    })(0, []);
    return out.map(function (chosen) {
      var items = [], i = 0;
      while (i < words.length) {
        var o = chosen.find(function (c) { return c[0] === i; });
        if (o) { items.push({ f: foldWord(o[2]), x: o[2], term: true }); i = o[1]; }
        else { items.push({ f: words[i].f, x: words[i].x }); i++; }
      }
      return items;
    });
  }

  function shardOf(key, shards) {
    var bytes = new TextEncoder().encode(key), h = C.hash.offset;
    for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, C.hash.prime) >>> 0; }
    return h % shards;
  }
  function plainSlug(name) { return fold(name).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, ""); }

  // The site's paths, written once in scripts/dangbo/paths.py (data/paths.js, loaded before this file).
  var PATHS = window.bvPaths;
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
    if (!index) index = Promise.all([getJSON(PATHS.searchMeta), getJSON(PATHS.searchFacets)]).then(function (both) {
      var meta = both[0], view = new DataView(both[1]), docs = [];
      useContract(meta.contract);
      var layout = C.facets_bin, width = 2 * layout.length, total = 0;
      var lists = { province: meta.provinces, province_now: meta.provinces_now, speaker: meta.speakers };
      for (var i = 0; i < meta.count; i++) {
        var d = { id: i };
        for (var k = 0; k < layout.length; k++) d[layout[k]] = view.getUint16(i * width + 2 * k, true);
        d.length = d.length || 1;
        total += d.length;
        docs.push(d);
      }
      meta.docs = docs; meta.avgLength = total / Math.max(1, docs.length); meta.lists = lists;
      return meta;
    });
    return index;
  }

  function postings(meta, key) {
    return getJSON(PATHS.searchShards + shardOf(key, meta.shards) + ".json").then(function (shard) {
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

  // Keys of one reading: its adjacent pairs (a phrase), or the single item.
  function phraseKeys(items) {
    if (items.length === 1) return [{ key: items[0].f, exact: items[0].x }];
    var keys = [];
    for (var i = 0; i + 1 < items.length; i++) keys.push({ key: items[i].f + " " + items[i + 1].f, exact: items[i].x + " " + items[i + 1].x });
    return keys;
  }

  function score(meta, tf, doc) {
    var k1 = C.weights.bm25_k1, b = C.weights.bm25_b;
    return tf * (k1 + 1) / (tf + k1 * (1 - b + b * doc.length / meta.avgLength));
  }

  // Documents with every key: score, and whether every key was written with the query's marks.
  function match(meta, keys) {
    return Promise.all(keys.map(function (k) { return postings(meta, k.key); })).then(function (lists) {
      var results = new Map();
      lists[0].forEach(function (first, doc) {
        var tf = Infinity, exact = true;
        for (var i = 0; i < lists.length; i++) {
          var hit = lists[i].get(doc);
          if (!hit) return;
          tf = Math.min(tf, hit.count);
          if (hit.forms.indexOf(keys[i].exact) < 0) exact = false;
        }
        results.set(doc, { doc: doc, score: score(meta, tf, meta.docs[doc]), exact: exact });
      });
      return results;
    });
  }
  // The union of several readings' matches: the best score, exact when one reading is.
  function matchAny(meta, keySets) {
    return Promise.all(keySets.map(function (keys) { return match(meta, keys); })).then(function (maps) {
      var all = new Map();
      maps.forEach(function (m) {
        m.forEach(function (hit, doc) {
          var seen = all.get(doc);
          if (!seen) all.set(doc, hit);
          else all.set(doc, { doc: doc, score: Math.max(seen.score, hit.score), exact: seen.exact || hit.exact });
        });
      });
      return Array.from(all.values());
    });
  }

  // Where a reading stands in a text's tokens: {start, end} of its first place (exactly, with exact).
  function phraseAt(t, occ, i, items, exact) {
    var p = i;
    for (var k = 0; k < items.length; k++) {
      var item = items[k];
      if (p >= t.length || (k > 0 && !t[p].joined)) return null;
      if (item.term) {
        var o = (occ[p] || []).find(function (o) { return foldWord(o[2]) === item.f && (!exact || o[2] === item.x); });
        if (!o) return null;
        p = o[1];
      } else {
        if (t[p].f !== item.f || (exact && t[p].x !== item.x)) return null;
        p++;
      }
    }
    return { start: t[i].start, end: t[p - 1].end, next: p };
  }
  function byStart(t) {
    var occ = {};
    occurrences(t).forEach(function (o) { (occ[o[0]] = occ[o[0]] || []).push(o); });
    return occ;
  }
  function phraseIn(text, readingsList, exact) {
    var t = tokens(text), occ = byStart(t);
    for (var i = 0; i < t.length; i++) {
      for (var r = 0; r < readingsList.length; r++) {
        var hit = phraseAt(t, occ, i, readingsList[r], exact);
        if (hit) return hit;
      }
    }
    return null;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k]; else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }

  // A window around the first match, every match in it marked: the phrase where it stands whole
  // (with the query's marks when the result matched them), each word for a scattered match.
  function excerpt(text, query, kind) {
    var exact = query.marked && kind === "main", scattered = kind === "roi-nhau";
    var single = query.words.map(function (w) { return [{ f: w.f, x: w.x }]; });
    var wanted = scattered ? single : query.readings;
    var hit = phraseIn(text, wanted, exact) || (exact ? phraseIn(text, wanted, false) : null);
    var start = hit ? Math.max(0, hit.start - 90) : 0, end = Math.min(text.length, (hit ? hit.end : 0) + 160);
    if (start > 0) { var sp = text.indexOf(" ", start); if (sp > 0 && sp < start + 20) start = sp + 1; }
    var window = text.slice(start, end), frag = document.createDocumentFragment();
    if (start > 0) frag.appendChild(document.createTextNode("… "));
    var t = tokens(window), occ = byStart(t), last = 0;
    for (var i = 0; i < t.length; i++) {
      var found = null;
      for (var r = 0; r < wanted.length && !found; r++) {
        found = phraseAt(t, occ, i, wanted[r], exact);
        if (found && found.start < last) found = null;
      }
      if (!found) continue;
      frag.appendChild(document.createTextNode(window.slice(last, found.start)));
      frag.appendChild(el("mark", { text: window.slice(found.start, found.end) }));
      last = found.end;
      i = found.next - 1;
    }
    frag.appendChild(document.createTextNode(window.slice(last) + (end < text.length ? " …" : "")));
    return frag;
  }

  // ---- state in the URL: every facet may hold several values (OR), named by slug or by name ----
  function facetList(meta, field) {
    if (field === "event") return meta.events;
    if (field === "year") return null;
    return meta.lists[field];
  }
  function slugOf(meta, name) { return meta.slugs[name] || plainSlug(name); }
  function resolveValue(meta, field, raw) {
    if (raw === C.unknown.value) return raw;
    var list = facetList(meta, field);
    if (!list) return /^\d{4}$/.test(raw) ? raw : (fold(raw) === fold(C.unknown.year) ? C.unknown.value : raw);
    if (list.indexOf(raw) >= 0) return raw;
    var folded = fold(raw), slug = plainSlug(raw);
    for (var i = 0; i < list.length; i++) {
      if (slugOf(meta, list[i]) === raw || fold(list[i]) === folded || plainSlug(list[i]) === slug) return list[i];
    }
    return raw;
  }
  function readState(meta) {
    var p = new URLSearchParams(location.search), state = { q: p.get("q") || "", sort: p.get("sap-xep") || "",
      page: parseInt(p.get("trang") || "1", 10) || 1 };
    C.facets.forEach(function (f) {
      var values = [];
      p.getAll(f[0]).forEach(function (raw) {
        raw.split(",").forEach(function (part) {
          part = part.trim();
          var value = part && resolveValue(meta, f[2], part);
          if (value && values.indexOf(value) < 0) values.push(value);
        });
      });
      state[f[0]] = values;
    });
    return state;
  }
  function stateURL(meta, state) {
    var p = new URLSearchParams();
    if (state.q) p.set("q", state.q);
    C.facets.forEach(function (f) {
      (state[f[0]] || []).forEach(function (v) { p.append(f[0], facetList(meta, f[2]) && v !== C.unknown.value ? slugOf(meta, v) : v); });
    });
    if (state.sort) p.set("sap-xep", state.sort);
    if (state.page > 1) p.set("trang", String(state.page));
    return location.pathname + (p.toString() ? "?" + p.toString() : "");
  }

  function facetValue(meta, doc, field) {
    var id = doc[field];
    if (field === "event") return meta.events[id];
    if (!id) return C.unknown.value;
    return field === "year" ? String(id) : meta.lists[field][id - 1];
  }
  function facetLabel(field, value) {
    if (value === C.unknown.value) return C.unknown[field] || value;
    return field === "event" ? C.labels.events[value] || value : value;
  }
  function passes(meta, doc, state, except) {
    return C.facets.every(function (f) {
      var chosen = state[f[0]];
      return f[0] === except || !chosen.length || chosen.indexOf(facetValue(meta, doc, f[2])) >= 0;
    });
  }

  function Search(container) {
    this.container = container;
    this.expanded = {};
    this.status = el("p", { class: "bv-search__status", role: "status", "aria-live": "polite" });
    this.input = el("input", { type: "search", name: "q", id: "bv-q", autocomplete: "off", placeholder: "Ví dụ: can tho, Đại hội, Phan Văn Mãi", "aria-label": "Từ khóa tìm kiếm" });
    this.sort = el("select", { name: "sap-xep", id: "bv-sort", "aria-label": "Sắp xếp" }, [
      el("option", { value: "", text: "Liên quan nhất" }), el("option", { value: "moi", text: "Mới nhất" }), el("option", { value: "cu", text: "Cũ nhất" })]);
    var form = el("form", { class: "bv-search__form", role: "search" }, [
      el("label", { for: "bv-q", class: "bv-search__label", text: "Tìm trong các bài viết" }), this.input, this.sort,
      el("button", { type: "submit", class: "md-button md-button--primary", text: "Tìm" })]);
    this.facets = el("div", { class: "bv-search__facets" });
    this.results = el("ol", { class: "bv-search__results" });
    this.groups = el("div", { class: "bv-search__groups" });
    this.pager = el("nav", { class: "bv-search__pager", "aria-label": "Trang kết quả" });
    container.textContent = "";
    container.appendChild(form);
    container.appendChild(this.status);
    container.appendChild(el("div", { class: "bv-search__body" }, [this.facets, el("div", { class: "bv-search__main" }, [this.results, this.groups, this.pager])]));
    var self = this, timer = null;
    form.addEventListener("submit", function (e) {
      e.preventDefault(); clearTimeout(timer); self.update({ q: self.input.value, page: 1 }, "submit");
    });
    this.input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { self.update({ q: self.input.value, page: 1 }, "typing"); }, 150);
    });
    this.sort.addEventListener("change", function () { self.update({ sort: self.sort.value, page: 1 }, "push"); });
    window.addEventListener("popstate", function () { self.typing = false; self.start(); });
    this.start();
  }

  Search.prototype.start = function () {
    var self = this;
    return loadIndex().then(function (meta) {
      self.meta = meta;
      var state = readState(meta);
      self.write(state, "replace"); // the URL in the site's own spelling: slugs, no duplicate values
      self.run(state, true);
    }).catch(function (error) { self.fail(error); });
  };
  Search.prototype.fail = function (error) {
    this.status.textContent = "Không tải được chỉ mục tìm kiếm (" + error.message + ").";
    this.container.removeAttribute("aria-busy");
    this.container.setAttribute("data-ready", "error");
  };

  // One history entry per search: typing a query adds one entry and then keeps it up to date; Enter
  // on what is shown already adds none; a filter, the sort or a page adds one.
  Search.prototype.write = function (state, how) {
    var url = stateURL(this.meta, state), typing = this.typing;
    if (how !== "replace") this.typing = how === "typing";
    if (url === location.pathname + location.search) return;
    var replace = how === "replace" || ((how === "typing" || how === "submit") && typing);
    history[replace ? "replaceState" : "pushState"](null, "", url);
  };
  Search.prototype.update = function (changes, how) {
    if (!this.meta) return;
    var state = Object.assign({}, this.state, changes);
    this.write(state, how);
    this.run(state, false);
  };

  Search.prototype.run = function (state, fromURL) {
    var self = this, meta = this.meta, ticket = (this.ticket = (this.ticket || 0) + 1);
    this.state = state;
    this.input.value = state.q;
    this.sort.value = state.sort;
    var words = tokens(state.q);
    var query = { text: state.q.trim(), words: words, readings: words.length ? readings(words) : [],
                  marked: words.some(function (w) { return w.f !== w.x; }) };
    this.container.setAttribute("aria-busy", "true");
    var found;
    if (query.text && !words.length) found = Promise.resolve({ main: [], groups: [], symbols: true });
    else if (!words.length) found = Promise.resolve({ main: meta.docs.map(function (d) { return { doc: d.id, score: 0, exact: true }; }), groups: [] });
    else found = matchAny(meta, query.readings.map(phraseKeys)).then(function (hits) {
      if (hits.length || words.length < 2) {
        if (!query.marked) return { main: hits, groups: [] };
        return { main: hits.filter(function (h) { return h.exact; }),
                 groups: [["gan-dung", hits.filter(function (h) { return !h.exact; })]] };
      }
      return match(meta, words.map(function (w) { return { key: w.f, exact: w.x }; })).then(function (loose) {
        return { main: [], groups: [["roi-nhau", Array.from(loose.values())]] };
      });
    });
    return found.then(function (result) {
      if (ticket !== self.ticket) return null;
      return self.render(state, query, result, fromURL);
    }).catch(function (error) { self.fail(error); }).then(function () {
      if (ticket !== self.ticket) return;
      self.container.removeAttribute("aria-busy");
      self.container.setAttribute("data-ready", String(ticket));
    });
  };

  Search.prototype.order = function (hits, state) {
    var docs = this.meta.docs;
    return hits.sort(function (a, b) {
      var da = docs[a.doc].day, db = docs[b.doc].day;
      if (state.sort === "moi") return (db - da) || (b.score - a.score) || (a.doc - b.doc);
      if (state.sort === "cu") return ((da || 1e9) - (db || 1e9)) || (b.score - a.score) || (a.doc - b.doc);
      return (b.score - a.score) || (db - da) || (a.doc - b.doc);
    });
  };

  Search.prototype.render = function (state, query, result, fromURL) {
    var meta = this.meta, self = this;
    // Pairs chained across a long query can meet without the whole phrase: checked on the texts shown.
    var rejected = this.rejected && this.rejected.query === state.q ? this.rejected.docs : new Set();
    this.rejected = { query: state.q, docs: rejected };
    function keep(list) {
      return self.order(list.filter(function (h) { return !rejected.has(h.doc) && passes(meta, meta.docs[h.doc], state); }), state);
    }
    var main = keep(result.main), groups = result.groups.map(function (g) { return [g[0], keep(g[1])]; });
    // The facets count what the main results are; with none, the group shown instead.
    var counted = result.main.length ? result.main : (result.groups[0] ? result.groups[0][1] : []);
    this.renderFacets(counted.filter(function (h) { return !rejected.has(h.doc); }), state, result.symbols);
    var all = main.map(function (h) { return ["main", h]; });
    groups.forEach(function (g) { g[1].forEach(function (h) { all.push([g[0], h]); }); });
    var size = C.page_size, pages = Math.max(1, Math.ceil(all.length / size)), page = Math.min(Math.max(1, state.page), pages);
    if (page !== state.page) { state = Object.assign({}, state, { page: page }); this.state = state; this.write(state, "replace"); }
    var shown = all.slice((page - 1) * size, page * size);
    var what = query.words.length ? "“" + query.text + "”" : "mọi bài viết";
    var extra = groups.filter(function (g) { return g[1].length; });
    if (result.symbols) this.status.textContent = "“" + query.text + "” không có chữ hay số nào để tìm: hãy gõ một từ, một tên hoặc một con số.";
    else if (main.length) {
      this.status.textContent = main.length + " bài viết cho " + what + "." + (extra.length && extra[0][0] === "gan-dung"
        ? " Sau đó: " + extra[0][1].length + " bài chỉ khớp khi bỏ dấu (" + C.labels["gan-dung"].toLowerCase() + ")." : "");
    } else if (extra.length && extra[0][0] === "roi-nhau") {
      this.status.textContent = "Không bài nào chứa đúng cụm từ " + what + "; " + extra[0][1].length + " bài chứa đủ các từ, rời nhau:";
    } else if (extra.length) {
      this.status.textContent = "Không bài nào chứa " + what + " đúng dấu như đã gõ; " + extra[0][1].length + " bài khớp khi bỏ dấu:";
    } else this.status.textContent = "Không tìm thấy bài viết nào cho " + what + ".";
    return Promise.all(shown.map(function (s) { return getJSON(PATHS.searchDocs + s[1].doc + ".json"); })).then(function (docs) {
      if (query.words.length > 2) {
        var before = rejected.size;
        docs.forEach(function (doc, i) {
          if (shown[i][0] !== "roi-nhau" && !phraseIn(doc.t + "\n" + doc.x, query.readings, false)) rejected.add(shown[i][1].doc);
        });
        if (rejected.size > before) return self.render(state, query, result, fromURL);
      }
      self.results.textContent = "";
      self.groups.textContent = "";
      var lists = {};
      docs.forEach(function (doc, i) {
        var kind = shown[i][0], list = self.results;
        if (kind !== "main") {
          if (!lists[kind]) {
            var count = groups.find(function (g) { return g[0] === kind; })[1].length;
            lists[kind] = el("ol", { class: "bv-search__results" });
            self.groups.appendChild(el("section", { class: "bv-search__group", "data-kind": kind }, [
              el("h2", { class: "bv-search__group-title", text: C.labels[kind] + " · " + count + " bài" }), lists[kind]]));
          }
          list = lists[kind];
        }
        var href = new URL(doc.u, root).href;
        var info = [doc.dd, doc.p, C.labels.events[doc.e], doc.s].filter(Boolean).join(" · ");
        list.appendChild(el("li", { class: "bv-result" + (kind === "roi-nhau" ? " bv-result--scattered" : "") }, [
          el("a", { href: href, class: "bv-result__title", text: doc.t }),
          el("div", { class: "bv-result__info", text: info }),
          query.words.length ? el("p", { class: "bv-result__excerpt" }, [excerpt(doc.x, query, kind)]) : null]));
      });
      self.renderPager(page, pages);
    });
  };

  Search.prototype.renderFacets = function (hits, state, hide) {
    var self = this, meta = this.meta;
    this.facets.textContent = "";
    if (hide) return;
    C.facets.forEach(function (f) {
      var name = f[0], field = f[2], counts = new Map();
      hits.forEach(function (h) {
        var d = meta.docs[h.doc];
        if (!passes(meta, d, state, name)) return;
        var v = facetValue(meta, d, field);
        counts.set(v, (counts.get(v) || 0) + 1);
      });
      state[name].forEach(function (v) { if (!counts.has(v)) counts.set(v, 0); });
      var entries = Array.from(counts.entries()).sort(function (a, b) {
        var ua = a[0] === C.unknown.value, ub = b[0] === C.unknown.value;
        if (ua !== ub) return ua ? 1 : -1; // the unknown value last
        return field === "year" ? b[0].localeCompare(a[0]) : (b[1] - a[1]) || a[0].localeCompare(b[0], "vi");
      });
      if (!entries.length) return;
      var list = el("ul", {}), chosen = state[name];
      if (chosen.length) {
        var clear = el("button", { type: "button", class: "bv-facet__clear", text: "✕ Bỏ lọc (" + chosen.length + ")" });
        clear.addEventListener("click", function () { var c = { page: 1 }; c[name] = []; self.update(c, "push"); });
        list.appendChild(el("li", {}, [clear]));
      }
      var open = self.expanded[name], hidden = 0;
      entries.forEach(function (entry, i) {
        var on = chosen.indexOf(entry[0]) >= 0;
        var button = el("button", { type: "button", class: "bv-facet__value" + (on ? " bv-facet__value--on" : ""), "aria-pressed": String(on),
                                    "data-value": entry[0] },
                        [(on ? "✓ " : "") + facetLabel(field, entry[0]) + " ", el("span", { class: "bv-facet__count", text: String(entry[1]) })]);
        button.addEventListener("click", function () {
          var c = { page: 1 };
          c[name] = on ? chosen.filter(function (v) { return v !== entry[0]; }) : chosen.concat([entry[0]]);
          self.update(c, "push");
        });
        var item = el("li", {}, [button]);
        if (!open && !on && i >= C.facet_shown) { item.hidden = true; hidden++; }
        list.appendChild(item);
      });
      if (hidden) {
        var more = el("button", { type: "button", class: "bv-facet__more", "aria-expanded": "false", text: "Xem thêm (" + hidden + ")" });
        more.addEventListener("click", function () {
          self.expanded[name] = true;
          list.querySelectorAll("li[hidden]").forEach(function (li) { li.hidden = false; });
          more.parentNode.remove();
        });
        list.appendChild(el("li", {}, [more]));
      }
      // a folded list on phones, open on wider screens; a chosen facet stays open
      var box = el("details", { class: "bv-facet", "data-facet": name }, [el("summary", {}, [el("h2", { text: f[1] })]), list]);
      if (chosen.length || !window.matchMedia("(max-width: 44.9375em)").matches) box.setAttribute("open", "");
      self.facets.appendChild(box);
    });
  };

  Search.prototype.renderPager = function (page, pages) {
    var self = this;
    this.pager.textContent = "";
    if (pages < 2) return;
    [["‹ Trước", page - 1], ["Sau ›", page + 1]].forEach(function (p) {
      if (p[1] < 1 || p[1] > pages) return;
      var b = el("button", { type: "button", class: "md-button", text: p[0] });
      b.addEventListener("click", function () { self.update({ page: p[1] }, "push"); window.scrollTo(0, 0); });
      self.pager.appendChild(b);
    });
    this.pager.appendChild(el("span", { text: " Trang " + page + "/" + pages }));
  };

  // A search box in the header of every page leads to the search page.
  function headerBox() {
    var inner = document.querySelector(".md-header__inner");
    if (!inner || document.getElementById("bv-search")) return;
    var input = el("input", { type: "search", name: "q", placeholder: "Tìm kiếm", "aria-label": "Tìm kiếm bài viết", class: "bv-header-search__input" });
    var form = el("form", { class: "bv-header-search", role: "search", action: new URL(PATHS.searchPage, root).href, method: "get" }, [input]);
    var before = inner.querySelector(".md-header__source") || null;
    inner.insertBefore(form, before);
  }

  // For the tests: the same reading of text as the Python side, once the contract is loaded.
  window.bvSearch = { load: function () { return loadIndex().then(function () { return true; }); },
                      fold: fold, tokens: tokens, occurrences: occurrences, readings: readings, shardOf: shardOf,
                      phraseIn: phraseIn, plainSlug: plainSlug };
  function start() {
    headerBox();
    var container = document.getElementById("bv-search");
    if (container) new Search(container);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
