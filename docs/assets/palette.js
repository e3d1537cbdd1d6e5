/* The colour scheme a reader chose with the header's toggle (stored by the theme under "__palette"),
 * put on <body> before the page paints. Loaded from the header (overrides/partials/javascripts/
 * palette.html): one cached file instead of the same script written into every page. */
(function () {
  "use strict";
  var saved = __md_get("__palette");
  if (!saved || !saved.color) return;
  var color = saved.color;
  if (color.media === "(prefers-color-scheme)") {  // "follow the system": the option that matches it now
    var light = matchMedia("(prefers-color-scheme: light)").matches;
    var input = document.querySelector("[data-md-color-media='(prefers-color-scheme: " + (light ? "light" : "dark") + ")']");
    ["media", "scheme", "primary", "accent"].forEach(function (key) { color[key] = input.getAttribute("data-md-color-" + key); });
  }
  Object.keys(color).forEach(function (key) { document.body.setAttribute("data-md-color-" + key, color[key]); });
})();
