// Small DOM helpers. Text always goes in through textContent: evidence content is untrusted.

type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === false) continue;
    if (k === "class") e.className = String(v);
    else if (v === true) e.setAttribute(k, "");
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.append(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  return e;
}

/** A table with a header row; cells are text or nodes. */
export function table(id: string, headers: string[], rows: Child[][], caption?: string): HTMLTableElement {
  return el(
    "table",
    { id, class: "grid" },
    caption ? el("caption", {}, caption) : null,
    el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, ...rows.map((r) => el("tr", {}, ...r.map((c) => el("td", {}, c))))),
  );
}

/** A labelled text input bound to a value. */
export function field(
  id: string,
  label: string,
  value: string,
  onInput: (v: string) => void,
  opts: { help?: string; placeholder?: string; type?: string } = {},
): HTMLElement {
  const input = el("input", {
    id,
    type: opts.type ?? "text",
    placeholder: opts.placeholder,
    "aria-describedby": opts.help ? `${id}-help` : undefined,
  });
  input.value = value;
  input.addEventListener("input", () => onInput(input.value));
  return el(
    "div",
    { class: "field" },
    el("label", { for: id }, label),
    input,
    opts.help ? el("p", { id: `${id}-help`, class: "help" }, opts.help) : null,
  );
}
