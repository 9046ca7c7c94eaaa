/* 一图读懂 embed loader: each <div data-yitu-embed="id" data-yitu-title="…" data-yitu-theme="light|dark">
   becomes an iframe of embed/<id>/, sized from its Pym.js height messages. */
(function () {
  var script = document.currentScript;
  var base = new URL("embed/", (script && script.src) || location.href);
  var frames = [];
  function start() {
    var slots = document.querySelectorAll("[data-yitu-embed]:not([data-yitu-ready])");
    for (var i = 0; i < slots.length; i++) {
      var slot = slots[i];
      var id = slot.getAttribute("data-yitu-embed");
      if (!/^[a-z0-9-]{1,64}$/.test(id)) continue;
      var childId = "yitu-" + id + "-" + frames.length;
      var url = new URL(id + "/", base);
      var theme = slot.getAttribute("data-yitu-theme");
      url.search = "childId=" + childId + (theme === "light" || theme === "dark" ? "&theme=" + theme : "");
      var frame = document.createElement("iframe");
      frame.src = url.href;
      frame.title = slot.getAttribute("data-yitu-title") || "一图读懂";
      frame.loading = "lazy";
      frame.style.cssText = "display:block;width:100%;height:480px;border:0";
      slot.setAttribute("data-yitu-ready", "");
      slot.appendChild(frame);
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
      if (f.frame.contentWindow === event.source && f.childId === parts[1]) f.frame.style.height = Math.ceil(height) + "px";
    }
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
