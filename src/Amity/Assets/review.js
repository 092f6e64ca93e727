// Keyboard review: j/k move between records, a accepts and r rejects the focused one.
// The page works without this script: every action is a plain form.
(() => {
  const items = [...document.querySelectorAll("article.review")];
  if (items.length === 0) return;
  let index = 0;
  const focus = (i) => { index = Math.max(0, Math.min(items.length - 1, i)); items[index].focus(); };
  document.addEventListener("keydown", (event) => {
    if (event.target instanceof HTMLInputElement || event.ctrlKey || event.metaKey || event.altKey) return;
    const current = document.activeElement?.closest("article.review");
    if (current) index = items.indexOf(current);
    if (event.key === "j") focus(index + 1);
    else if (event.key === "k") focus(index - 1);
    else if (event.key === "a" || event.key === "r") {
      const button = items[index].querySelector(`button[data-key="${event.key}"]`);
      if (button) button.click();
    } else return;
    event.preventDefault();
  });
  focus(0);
})();
