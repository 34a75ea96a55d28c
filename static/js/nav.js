// The navigation's menu button on narrow screens (the only script the public pages need).
(function () {
  "use strict";
  var button = document.querySelector(".navbar-toggler");
  if (!button) {
    return;
  }
  var menu = document.getElementById(button.getAttribute("aria-controls"));
  button.addEventListener("click", function () {
    var open = button.getAttribute("aria-expanded") === "true";
    button.setAttribute("aria-expanded", String(!open));
    menu.classList.toggle("show", !open);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      button.setAttribute("aria-expanded", "false");
      menu.classList.remove("show");
      button.focus();
    }
  });
})();
