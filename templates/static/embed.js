// The "Embed" box of a timeline page: without base_url its snippet holds an address relative to the page;
// on a page served over http(s) the full address is known, so it is written in. A button copies the snippet.
(function () {
  "use strict";
  var box = document.querySelector(".embed-code");
  if (!box) return;
  if (box.getAttribute("data-relative") === "yes" && /^https?:$/.test(window.location.protocol)) {
    var full = new URL(box.getAttribute("data-src"), window.location.href).href;
    box.value = box.value.replace(/src="[^"]*"/, 'src="' + full.replace(/&/g, "&amp;").replace(/"/g, "&quot;") + '"');
    var note = document.querySelector(".embed-relative-note");
    if (note) note.parentNode.removeChild(note);
  }
  var button = document.createElement("button");
  button.type = "button";
  button.className = "secondary embed-copy";
  button.textContent = "Copy";
  var said = document.createElement("span");
  said.className = "embed-copied";
  said.setAttribute("role", "status");
  button.addEventListener("click", function () {
    box.select();
    var done = function () { said.textContent = "Copied."; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(box.value).then(done, function () { said.textContent = "Press Ctrl+C (\u2318C) to copy."; });
    } else {
      said.textContent = document.execCommand && document.execCommand("copy") ? "Copied." : "Press Ctrl+C (\u2318C) to copy.";
    }
  });
  box.parentNode.insertBefore(button, box.nextSibling);
  box.parentNode.insertBefore(said, button.nextSibling);
})();
