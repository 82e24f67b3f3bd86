// Progressive enhancement for the home page: the actor/place/topic chips filter the list in place.
// Without JavaScript each chip is a plain link to that actor's, place's or topic's own page.
(function () {
  "use strict";
  var section = document.querySelector(".filters");
  var list = document.querySelector("#timeline .timeline");
  if (!section || !list || !document.querySelectorAll) return;
  var status = document.getElementById("filter-status");
  var events = Array.prototype.slice.call(list.querySelectorAll(".tl-event"));
  var active = null; // {facet, value, name, chip}
  var range = null;  // {from, to, label}: days since 1970, from brushing the strip

  // An event's period in days since 1970, from its day heading's <time datetime> (YYYY, YYYY-MM, YYYY-MM-DD);
  // null when undated.
  function period(li) {
    var time = li.closest(".tl-day").querySelector(".tl-day-title time");
    if (!time) return null;
    var p = time.getAttribute("datetime").split("-").map(Number);
    var first = Date.UTC(p[0], p[1] ? p[1] - 1 : 0, p[2] || 1);
    var last = p[2] ? first : Date.UTC(p[1] ? p[0] : p[0] + 1, p[1] ? p[1] : 0, 1) - 864e5;
    return [first / 864e5, last / 864e5];
  }
  var periods = events.map(period);

  function apply() {
    var shown = 0;
    events.forEach(function (li, k) {
      var ok = !active || (" " + (li.getAttribute("data-" + active.facet) || "") + " ").indexOf(" " + active.value + " ") !== -1;
      if (ok && range) ok = !!periods[k] && periods[k][0] >= range.from && periods[k][1] <= range.to;
      li.hidden = !ok;
      if (ok) shown++;
    });
    Array.prototype.forEach.call(list.querySelectorAll(".tl-day, .tl-month"), function (group) {
      group.hidden = !group.querySelector(".tl-event:not([hidden])");
    });
    strip(shown);
    status.textContent = "";
    if (active || range) {
      status.appendChild(document.createTextNode("Showing " + shown + " of " + events.length + " events" +
        (active ? " with " + active.name : "") + (range ? " " + range.label : "") + ". "));
      var clear = document.createElement("button");
      clear.type = "button";
      clear.className = "secondary";
      clear.textContent = "Show all events";
      clear.addEventListener("click", function () { range = null; brushes.forEach(function (b) { b.hide(); }); select(null); });
      status.appendChild(clear);
      if (active) {
        var page = document.createElement("a");
        page.href = active.href;
        page.textContent = "Open the page for " + active.name;
        status.appendChild(document.createTextNode(" "));
        status.appendChild(page);
      }
    }
  }

  // Brushing: dragging across the strip's days (not on a mark) keeps the events of that stretch of time.
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"];
  function dayName(d) {
    var date = new Date(d * 864e5);
    return date.getUTCDate() + " " + MONTHS[date.getUTCMonth()] + " " + date.getUTCFullYear();
  }
  var brushes = Array.prototype.map.call(document.querySelectorAll(".overview-svg[data-start]"), function (svg) {
    var area = svg.querySelector(".ov-brush-area");
    var start = Date.parse(svg.getAttribute("data-start")) / 864e5;
    var x0 = Number(svg.getAttribute("data-x0")), scale = Number(svg.getAttribute("data-scale"));
    var box = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    box.setAttribute("class", "ov-brush");
    box.setAttribute("y", area.getAttribute("y"));
    box.setAttribute("height", area.getAttribute("height"));
    box.setAttribute("width", "0");
    box.setAttribute("visibility", "hidden");
    area.parentNode.insertBefore(box, area.nextSibling);
    var from = null;
    function at(ev) {
      var pt = svg.createSVGPoint();
      pt.x = ev.clientX;
      pt.y = ev.clientY;
      var x = pt.matrixTransform(svg.getScreenCTM().inverse()).x;
      var lo = Number(area.getAttribute("x")), hi = lo + Number(area.getAttribute("width"));
      return Math.max(lo, Math.min(hi, x));
    }
    function draw(a, b) {
      box.setAttribute("x", Math.min(a, b));
      box.setAttribute("width", Math.abs(b - a));
      box.setAttribute("visibility", "visible");
    }
    area.addEventListener("pointerdown", function (ev) {
      from = at(ev);
      area.setPointerCapture(ev.pointerId);
      draw(from, from);
    });
    area.addEventListener("pointermove", function (ev) { if (from !== null) draw(from, at(ev)); });
    area.addEventListener("pointerup", function (ev) {
      if (from === null) return;
      var a = Math.min(from, at(ev)), b = Math.max(from, at(ev));
      from = null;
      if (b - a < 4) { box.setAttribute("visibility", "hidden"); return; }   // a click, not a drag
      var d1 = Math.floor(start + (a - x0) / scale), d2 = Math.floor(start + (b - x0) / scale);
      range = { from: d1, to: d2, label: d1 === d2 ? "on " + dayName(d1) : "from " + dayName(d1) + " to " + dayName(d2) };
      brushes.forEach(function (other) { if (other.box !== box) other.hide(); });
      apply();
    });
    return { box: box, hide: function () { box.setAttribute("visibility", "hidden"); } };
  });
  var summary = document.querySelector(".overview-summary");
  if (brushes.length && summary) summary.appendChild(document.createTextNode(" Drag across the days to keep the events of that stretch."));

  // The overview strip follows the filter: a mark shows only the events the list shows, its number counts
  // them and its link goes to the first of them; a mark with none left is hidden.
  var marks = Array.prototype.slice.call(document.querySelectorAll(".overview .ov-mark[data-events]"));
  var stripNote = document.getElementById("overview-filter");

  function strip(shown) {
    marks.forEach(function (mark) {
      var left = mark.getAttribute("data-events").split(" ").filter(function (id) {
        var li = document.getElementById(id);
        return li && !li.hidden;
      });
      mark.classList.toggle("ov-off", !left.length);
      if (left.length) mark.setAttribute("href", "#" + left[0]);
      var count = mark.querySelector(".ov-count");
      if (count) {
        count.textContent = String(left.length);
        // Its name says what it now holds: the lane, then the headlines of the events still listed.
        if (!mark.hasAttribute("data-name")) mark.setAttribute("data-name", mark.getAttribute("aria-label"));
        var all = mark.getAttribute("data-events").split(" ").length;
        mark.setAttribute("aria-label", left.length === all ? mark.getAttribute("data-name")
          : mark.getAttribute("data-name").split(" \u2014 ")[0] + " \u2014 " + left.length + " of " + all + " events: " +
            left.map(function (id) { return document.getElementById(id).querySelector(".tl-title a").textContent; }).join("; "));
      }
    });
    if (stripNote) {
      stripNote.hidden = !active && !range;
      stripNote.textContent = active || range ? "Marks shown: the " + shown + " event" + (shown === 1 ? "" : "s") +
        (active ? " with " + active.name : "") + (range ? " " + range.label : "") + "." : "";
    }
  }

  function select(chip) {
    if (active) active.chip.setAttribute("aria-pressed", "false");
    if (!chip || (active && active.chip === chip)) {
      active = null;
    } else {
      active = { facet: chip.getAttribute("data-facet"), value: chip.getAttribute("data-value"),
                 name: chip.textContent, href: chip.getAttribute("data-href"), chip: chip };
      chip.setAttribute("aria-pressed", "true");
    }
    apply();
  }

  // Turn each link into a toggle button; the page link stays reachable from the status line.
  Array.prototype.forEach.call(section.querySelectorAll(".facet"), function (facet) {
    Array.prototype.forEach.call(facet.querySelectorAll("a.chip[data-value]"), function (a) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "chip";
      b.textContent = a.textContent;
      b.setAttribute("aria-pressed", "false");
      b.setAttribute("data-facet", facet.getAttribute("data-facet"));
      b.setAttribute("data-value", a.getAttribute("data-value"));
      b.setAttribute("data-href", a.getAttribute("href"));
      b.addEventListener("click", function () { select(b); });
      a.parentNode.replaceChild(b, a);
    });
  });
  section.classList.add("js-filters");
  document.body.classList.add("js-filters-on");   // the strip can be brushed
  var title = document.getElementById("filters-title");
  if (title) title.textContent = "Filter by actor, place or topic";
})();
