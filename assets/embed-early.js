// Embed pages only, before the wasm arrives: tell the host page this block's height as soon as the
// prerendered page is parsed, so the iframe is right from the first paint (and stays right where
// the wasm never runs); again when the page's own files fail and the notice shows above the block.
// Same messages as src/model/embed.rs; the app takes over once it runs.
(function () {
  function send() {
    var root = document.getElementById("embed-root");
    var app = document.getElementById("app");
    var notice = document.getElementById("app-notice");
    if (parent === window || !root || !app) return;
    var height = Math.ceil(root.getBoundingClientRect().height + (notice && !notice.hidden ? notice.getBoundingClientRect().height : 0));
    var child = /[?&]childId=([A-Za-z0-9_-]{1,64})(&|$)/.exec(location.search);
    var id = child ? child[1] : app.getAttribute("data-block");
    if (child) parent.postMessage("pymxPYMx" + id + "xPYMxheightxPYMx" + height, "*");
    // Keyed by the embed's path: Datawrapper's listener sizes iframe[src*=key] without checking the sender.
    var datawrapper = {};
    datawrapper["embed/" + app.getAttribute("data-block") + "/"] = height;
    parent.postMessage({ "datawrapper-height": datawrapper }, "*");
    parent.postMessage(JSON.stringify({ sender: "yitu", context: "iframe.resize", method: "resize", height: height, src: location.href }), "*");
    parent.postMessage({ sentinel: "amp", type: "embed-size", height: height }, "*");
  }
  addEventListener("DOMContentLoaded", send);
  addEventListener("yitu-failed", send);
})();
