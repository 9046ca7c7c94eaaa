/* 一图读懂 embed loader: each <div data-yitu-embed="id" data-yitu-title="…" data-yitu-theme="light|dark">
   becomes an iframe of the report's embed/<id>/, sized from its Pym.js height messages; slots added
   later (infinite scroll) are filled too. It trusts nothing the news page can rename: the page's
   elements with a name ("currentScript", "querySelectorAll"…) shadow document's properties, so
   every DOM call goes through the prototypes; the report's address is the one the build wrote
   below (its public address), else this script's own src, never the page's. */
(function () {
  var PUBLIC_URL = "__YITU_PUBLIC_URL__";
  var D = Document.prototype, E = Element.prototype, N = Node.prototype;
  function getter(proto, name) {
    var d = Object.getOwnPropertyDescriptor(proto, name);
    return d && d.get ? d.get : function () { return null; };
  }
  function call(fn, self) {
    return fn.apply(self, Array.prototype.slice.call(arguments, 2));
  }
  var current = call(getter(D, "currentScript"), document);
  var ownSrc = current instanceof HTMLScriptElement ? call(getter(HTMLScriptElement.prototype, "src"), current) : "";
  var address = /^https?:\/\/[^\s"'<>#?]+\/$/.test(PUBLIC_URL) ? PUBLIC_URL : ownSrc;
  if (!/^https?:\/\//.test(address)) return;
  var base = new URL("embed/", address);
  var frames = [];
  function start() {
    var slots = call(D.querySelectorAll, document, "[data-yitu-embed]:not([data-yitu-ready])");
    for (var i = 0; i < slots.length; i++) {
      var slot = slots[i];
      var id = call(E.getAttribute, slot, "data-yitu-embed");
      call(E.setAttribute, slot, "data-yitu-ready", "");
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id || "") || id.length > 64) continue;
      var childId = "yitu-" + id + "-" + frames.length;
      var url = new URL(id + "/", base);
      if (url.origin !== base.origin || url.pathname.indexOf(base.pathname) !== 0) continue;
      var theme = call(E.getAttribute, slot, "data-yitu-theme");
      url.search = "childId=" + childId + (theme === "light" || theme === "dark" ? "&theme=" + theme : "");
      var frame = call(D.createElement, document, "iframe");
      call(E.setAttribute, frame, "src", url.href);
      call(E.setAttribute, frame, "title", String(call(E.getAttribute, slot, "data-yitu-title") || "一图读懂"));
      call(E.setAttribute, frame, "loading", "lazy");
      call(E.setAttribute, frame, "style", "display:block;width:100%;height:480px;border:0");
      call(N.appendChild, slot, frame);
      frames.push({ frame: frame, childId: childId });
    }
  }
  addEventListener("message", function (event) {
    if (event.origin !== base.origin || typeof event.data !== "string") return;
    var parts = event.data.split("xPYMx");
    var height = Number(parts[3]);
    if (parts.length !== 4 || parts[0] !== "pym" || parts[2] !== "height" || !(height > 0 && height < 1e5)) return;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (call(getter(HTMLIFrameElement.prototype, "contentWindow"), f.frame) === event.source && f.childId === parts[1]) {
        f.frame.style.height = Math.ceil(height) + "px";
      }
    }
  });
  function watch() {
    start();
    if (typeof MutationObserver === "function") {
      var pending = false;
      new MutationObserver(function () {
        if (pending) return;
        pending = true;
        setTimeout(function () { pending = false; start(); }, 50);
      }).observe(call(getter(D, "documentElement"), document), { childList: true, subtree: true });
    }
  }
  if (call(getter(D, "readyState"), document) === "loading") {
    call(EventTarget.prototype.addEventListener, document, "DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
