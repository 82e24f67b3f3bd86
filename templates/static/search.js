// Client-side search over the prebuilt search-index.json; no server involved.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[name=q]");
  var sort = form.querySelector("select[name=sort]");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var base = form.getAttribute("data-index").replace(/[^\/]*$/, "");
  var index = null;

  // Spelling variants meet in one form, in the index and in the query alike: case, accents ("Pérez"),
  // hyphens, apostrophes and other punctuation become a single space ("Ban Ki-moon" -> "ban ki moon").
  // The same text without its spaces ("bankimoon") catches a name written as one word or split differently.
  function fold(s) {
    return (s || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  function squeeze(s) { return s.replace(/ /g, ""); }

  function prepare(data) {
    return data.events.map(function (e) {
      var r = { e: e, title: fold(e.t), people: fold(e.a.join(" ") + " " + e.p.join(" ") + " " + e.g.join(" ")),
                body: fold(e.b), quotes: fold(e.q) };
      r.all = squeeze(r.title + r.people + r.body + r.quotes);
      return r;
    });
  }

  function search(q) {
    var words = fold(q).split(" ").filter(Boolean);
    if (!words.length) return [];
    var joined = squeeze(words.join(""));
    var hits = [];
    index.forEach(function (r, i) {
      var score = 0;
      for (var k = 0; k < words.length; k++) {
        var w = words[k], s = 0;
        if (r.title.indexOf(w) !== -1) s += 3;
        if (r.people.indexOf(w) !== -1) s += 2;
        if (r.body.indexOf(w) !== -1 || r.quotes.indexOf(w) !== -1) s += 1;
        if (!s) { score = 0; break; } // every word must match somewhere...
        score += s;
      }
      if (!score && r.all.indexOf(joined) !== -1) score = 1; // ...or all of them run together
      if (score) hits.push({ r: r, score: score, i: i });
    });
    // The index is in timeline order, so its position is the date order (undated events last).
    hits.sort(sort && sort.value === "date" ? function (a, b) { return a.i - b.i; }
                                    : function (a, b) { return b.score - a.score || a.i - b.i; });
    return hits;
  }

  function show(q) {
    results.textContent = "";
    if (!q.trim()) { status.textContent = ""; return; }
    var hits = search(q);
    status.textContent = hits.length ? hits.length + " event" + (hits.length === 1 ? "" : "s") + " found for \u201c" + q + "\u201d."
                                     : "No events found for \u201c" + q + "\u201d.";
    hits.forEach(function (h) {
      var e = h.r.e, li = document.createElement("li"), a = document.createElement("a"), meta = document.createElement("span");
      a.href = base + e.u;
      a.textContent = e.t;
      meta.className = "result-meta";
      meta.textContent = e.d + (e.a.length ? " \u00b7 " + e.a.join(", ") : "");
      li.appendChild(a);
      li.appendChild(meta);
      if (e.b) {
        var p = document.createElement("p");
        p.className = "result-snippet";
        p.textContent = e.b.length > 200 ? e.b.slice(0, 199) + "\u2026" : e.b;
        li.appendChild(p);
      }
      results.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  if (sort) sort.value = params.get("sort") === "date" ? "date" : "relevance";
  status.textContent = "Loading the search index\u2026";
  fetch(form.getAttribute("data-index"))
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(function (data) {
      index = prepare(data);
      status.textContent = "";
      show(input.value);
      input.addEventListener("input", function () { show(input.value); });
      if (sort) sort.addEventListener("change", function () { show(input.value); });
      form.addEventListener("submit", function (ev) {
        ev.preventDefault();
        history.replaceState(null, "", "?q=" + encodeURIComponent(input.value) + (sort && sort.value === "date" ? "&sort=date" : ""));
        show(input.value);
      });
    })
    .catch(function () {
      status.textContent = "The search index could not be loaded (browsers block this when a page is opened from a file). Browse the timeline, actors and places instead.";
    });
})();
