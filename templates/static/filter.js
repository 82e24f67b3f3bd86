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

  function apply() {
    var shown = 0;
    events.forEach(function (li) {
      var ok = !active || (" " + (li.getAttribute("data-" + active.facet) || "") + " ").indexOf(" " + active.value + " ") !== -1;
      li.hidden = !ok;
      if (ok) shown++;
    });
    Array.prototype.forEach.call(list.querySelectorAll(".tl-day, .tl-month"), function (group) {
      group.hidden = !group.querySelector(".tl-event:not([hidden])");
    });
    status.textContent = "";
    if (active) {
      status.appendChild(document.createTextNode("Showing " + shown + " of " + events.length + " events with " + active.name + ". "));
      var clear = document.createElement("button");
      clear.type = "button";
      clear.className = "secondary";
      clear.textContent = "Show all events";
      clear.addEventListener("click", function () { select(null); });
      status.appendChild(clear);
      var page = document.createElement("a");
      page.href = active.href;
      page.textContent = "Open the page for " + active.name;
      status.appendChild(document.createTextNode(" "));
      status.appendChild(page);
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
  var title = document.getElementById("filters-title");
  if (title) title.textContent = "Filter by actor, place or topic";
})();
