// Words a visitor sees broken across two lines without a hyphen, and the page's overflow.
// Each word of every visible text node is measured with Range rects; where its characters
// move to a new line, the character before the break must be a (soft) hyphen or a slash.
() => {
  const BREAKS = new Set(["\u00ad", "-", "\u2010", "\u2013", "/"]);
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const top = (node, start, end) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const rects = [...range.getClientRects()].filter((rect) => rect.height > 0);
    return rects.length ? Math.round(rects[rects.length - 1].top) : null;
  };
  let node;
  while ((node = walker.nextNode())) {
    const element = node.parentElement;
    if (!element || element.closest(".visually-hidden, script, style, noscript")) {
      continue;
    }
    const words = /\S{2,}/g;
    let match;
    while ((match = words.exec(node.data))) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set(
        [...range.getClientRects()].filter((rect) => rect.height > 0).map((rect) => Math.round(rect.top))
      );
      if (tops.size < 2) {
        continue;
      }
      let previous = null;
      for (let index = 0; index < match[0].length; index += 1) {
        const current = top(node, match.index + index, match.index + index + 1);
        if (current === null) {
          continue;
        }
        if (previous !== null && current > previous + 2) {
          const before = match[0][index - 1];
          if (!BREAKS.has(before)) {
            const where = element.tagName.toLowerCase() + "." + [...element.classList].join(".");
            broken.push(match[0].replace(/\u00ad/g, "") + " @" + index + " in " + where);
          }
        }
        previous = current;
      }
    }
  }
  const wide = [...document.querySelectorAll("body *")]
    .filter((item) => item.getBoundingClientRect().right > window.innerWidth + 1)
    .slice(0, 3)
    .map((item) => item.tagName.toLowerCase() + "." + [...item.classList].join("."));
  return {
    broken: broken,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    wide: wide,
  };
}
