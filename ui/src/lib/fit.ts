// A select as wide as the choice it shows (what CSS `field-sizing: content`
// does where WebKitGTK lacks it): the filters of the queue stay on two rows
// in every UI language, and a long choice (a colleague's full name, "Tous
// les statuts ouverts") is never cut (issue 18). The width follows the
// selected option's text in the select's own font, plus its padding and
// the arrow.

/** Room the arrow and borders take beside the text, in px. */
const CHROME_PX = 30;

let context: CanvasRenderingContext2D | null = null;

function textWidth(text: string, font: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 8;
  context.font = font;
  return context.measureText(text).width;
}

/** Sets `select`'s width to that of its selected option's text. */
export function fitToChoice(select: HTMLSelectElement): void {
  const style = getComputedStyle(select);
  const text = select.selectedOptions[0]?.textContent ?? '';
  const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  select.style.width = `${Math.ceil(textWidth(text, style.font) + padding + CHROME_PX)}px`;
}

/**
 * Svelte action: keeps the select fitted; `key` is whatever changes its
 * text (its value, the UI language). Options rendered after the value
 * (the agents arriving) are caught on the next frame.
 */
export function fitSelect(select: HTMLSelectElement, _key?: unknown) {
  const fit = () => requestAnimationFrame(() => fitToChoice(select));
  fit();
  select.addEventListener('change', fit);
  return {
    update(_next: unknown) {
      fit();
    },
    destroy() {
      select.removeEventListener('change', fit);
    },
  };
}
