// The live preview's script: `python -m generator serve` adds it to every page it serves (never to the
// built site). It asks the preview, four times a second, about the open page: the page reloads when its
// file changes; a failed build shows its problems over the page, which stays the last good one.
// Styles are set through the DOM, which the site's Content-Security-Policy allows (no inline style).
(function () {
  "use strict";
  var state = "/_preview/state?page=" + encodeURIComponent(location.pathname);
  var first = null;
  var overlay = null;

  function show(text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "preview-error";
      overlay.setAttribute("role", "alert");
      var s = overlay.style;
      s.position = "fixed"; s.left = "0"; s.right = "0"; s.top = "0"; s.zIndex = "2147483647";
      s.maxHeight = "70vh"; s.overflow = "auto"; s.padding = "1rem 1.25rem"; s.boxSizing = "border-box";
      s.background = "#fff4f4"; s.color = "#5c0000"; s.borderBottom = "4px solid #b00020";
      s.font = "14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";
      var title = document.createElement("strong");
      title.textContent = "The build failed — this is the last good version of the page. Fix the lines below; it reloads by itself.";
      var pre = document.createElement("pre");
      pre.style.whiteSpace = "pre-wrap"; pre.style.margin = ".75rem 0 0";
      overlay.appendChild(title);
      overlay.appendChild(pre);
      document.body.appendChild(overlay);
    }
    overlay.lastChild.textContent = text;
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function poll() {
    fetch(state, { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (now) {
      if (first === null) first = now;
      if (now.error) {
        show(now.error);
      } else if (now.page !== first.page || (first.error && now.build !== first.build)) {
        location.reload();
        return;
      } else {
        hide();
      }
      setTimeout(poll, 250);
    }, function () {
      setTimeout(poll, 1000);     // the preview stopped or is restarting: keep asking, less often
    });
  }
  poll();
})();
