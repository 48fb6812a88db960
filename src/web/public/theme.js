// The theme chosen in Settings → Appearance, applied before the first paint: index.html loads
// this file as a blocking script in <head> (the Content-Security-Policy refuses inline ones),
// so the page never shows the other theme first. src/web/lib/theme.ts owns the choice; this
// file only reads it, here and whenever another tab changes it. No choice: styles.css follows
// the system's setting.
(() => {
  const key = "rapport-theme";
  const apply = (choice) => {
    const root = document.documentElement;
    if (choice === "light" || choice === "dark") root.dataset.theme = choice;
    else delete root.dataset.theme;
  };
  try {
    apply(localStorage.getItem(key));
  } catch {
    // Storage refused (a locked-down browser): the system's setting decides.
  }
  addEventListener("storage", (event) => {
    if (event.key === key || event.key === null) apply(event.newValue);
  });
})();
