/* The citation block of an article page (scripts/dangbo/pages/article.py): without the site's
 * address the page's own address is written relative, so put the address the reader sees in its
 * place; show the copy button (without JavaScript the citation stays selectable text). */
(function () {
  "use strict";
  function ready() {
    var here = location.origin + location.pathname;
    document.querySelectorAll(".bv-cite .bv-here").forEach(function (span) { span.textContent = here; });
    document.querySelectorAll(".bv-cite .bv-copy").forEach(function (button) {
      var text = button.closest(".bv-cite").querySelector(".bv-cite-text");
      if (!text || !navigator.clipboard) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(text.textContent.trim()).then(function () {
          button.textContent = "Đã sao chép";
        }, function () {
          var range = document.createRange();  // no permission: select it for Ctrl+C
          range.selectNodeContents(text);
          var selection = getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        });
      });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
