// communique review workbench: small enhancements; every page works without them.
"use strict";

// Offsets of a DOM position inside the document text: the page renders the clean
// text with pre-wrap and no inserted characters, so text nodes add up to the text.
function offsetIn(container, node, offset) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return total + offset;
    total += n.nodeValue.length;
  }
  // The position is an element boundary: count the text before that child.
  if (node.nodeType === Node.ELEMENT_NODE) {
    let count = 0;
    const w2 = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const stop = node.childNodes[offset] || null;
    for (let n = w2.nextNode(); n; n = w2.nextNode()) {
      if (stop && (stop === n || stop.contains(n))) break;
      if (!stop && !node.contains(n) && node.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) break;
      count += n.nodeValue.length;
    }
    return count;
  }
  return null;
}

function setupSelection() {
  const text = document.getElementById("doc-text");
  const start = document.getElementById("sel-start");
  const end = document.getElementById("sel-end");
  const shown = document.getElementById("selection-text");
  if (!text || !start || !end) return;
  document.addEventListener("selectionchange", () => {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
    const a = offsetIn(text, range.startContainer, range.startOffset);
    const b = offsetIn(text, range.endContainer, range.endOffset);
    if (a === null || b === null || a === b) return;
    start.value = Math.min(a, b);
    end.value = Math.max(a, b);
    shown.textContent = sel.toString();
    shown.classList.remove("none");
  });
}

// Clicking highlighted evidence selects its event (unless the reader is selecting text).
function setupEventClicks() {
  const text = document.getElementById("doc-text");
  if (!text) return;
  text.addEventListener("click", (ev) => {
    const sel = window.getSelection();
    if (sel && !sel.isCollapsed) return;
    const mark = ev.target.closest("mark[data-event]");
    if (!mark) return;
    const ids = mark.dataset.event.split(" ");
    const url = new URL(window.location.href);
    const current = url.searchParams.get("event");
    // Several events over one piece of text: each click moves to the next one.
    const next = ids[(ids.indexOf(current) + 1) % ids.length];
    url.searchParams.set("event", next);
    url.hash = "event-detail";
    window.location.assign(url.toString());
  });
}

// The mode suggestions follow the chosen type.
function setupModeLists() {
  document.querySelectorAll("form").forEach((form) => {
    const type = form.querySelector("select[name=type]");
    const mode = form.querySelector("input[name=mode]");
    if (!type || !mode) return;
    type.addEventListener("change", () => mode.setAttribute("list", "modes-" + type.value));
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setupSelection();
  setupEventClicks();
  setupModeLists();
});
