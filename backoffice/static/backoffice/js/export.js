// django-import-export's export page wires "select all" with an inline onchange handler,
// which the portal's Content-Security-Policy blocks; bind the same handler from this file.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("input.select-toggle").forEach((toggle) => {
    toggle.removeAttribute("onchange");
    if (typeof onSelectToggleChange === "function") {
      toggle.addEventListener("change", onSelectToggleChange);
    }
  });
});
