// Leaflet only when a map is about to be seen: an element with data-lazy-map names the
// stylesheets and scripts it needs (loaded in order) and is shown once scripts run.
(function () {
  "use strict";
  const targets = document.querySelectorAll("[data-lazy-map]");
  const words = (value) => (value || "").split(" ").filter(Boolean);
  const script = (src) =>
    new Promise((resolve, reject) => {
      const element = document.createElement("script");
      element.src = src;
      element.onload = resolve;
      element.onerror = reject;
      document.head.append(element);
    });
  function load(target) {
    for (const href of words(target.dataset.styles)) {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      document.head.append(link);
    }
    words(target.dataset.scripts).reduce(
      (previous, src) => previous.then(() => script(src)),
      Promise.resolve()
    );
  }
  if (!("IntersectionObserver" in window)) {
    targets.forEach(load);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          load(entry.target);
        }
      }
    },
    { rootMargin: "200px" }
  );
  for (const target of targets) {
    target.hidden = false;
    observer.observe(target);
  }
})();
