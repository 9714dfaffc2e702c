// Progressive enhancement only: every page works without this file.
// After a form comes back with errors, move focus to the summary so keyboard and screen-reader users hear it.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector("[data-focus]");
  if (summary) {
    summary.focus();
  }
});
