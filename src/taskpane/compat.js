/*
 * Runs before anything else in taskpane.html, in plain ES3 so that Internet Explorer 11 and EdgeHTML
 * (the webviews of volume-licensed Office up to 2019) can run it. There the React pane would stay blank,
 * so this shows the page's static #unsupported message instead and hides the container.
 */
(function () {
  var ua = (typeof navigator !== "undefined" && navigator.userAgent) || "";
  var legacy = /Trident\/|MSIE /.test(ua) || /Edge\/\d/.test(ua) || (typeof document !== "undefined" && typeof document.documentMode === "number");
  if (!legacy) return;
  function show() {
    var box = document.getElementById("unsupported");
    var container = document.getElementById("container");
    if (box) box.style.display = "block";
    if (container) container.style.display = "none";
  }
  if (document.readyState === "loading") {
    if (document.addEventListener) document.addEventListener("DOMContentLoaded", show, false);
    else if (document.attachEvent) document.attachEvent("onreadystatechange", function () { if (document.readyState !== "loading") show(); });
  } else {
    show();
  }
  // Flag for the bundles: nothing else should try to start in this webview.
  window.JIXIAO_LEGACY_WEBVIEW = true;
})();
