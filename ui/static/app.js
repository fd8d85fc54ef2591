// Switchboard's first window: the community matrix (brands × locales) with
// what waits in each community. The full desk UI replaces this file.
const { invoke } = window.__TAURI__.core;
const lang = (navigator.language || "en").split("-")[0];
const KEYS = ["window-title", "window-loading", "col-open", "col-at-risk", "col-breached", "col-oldest-waiting"];
let T = {};

function age(since) {
  if (!since) return "—";
  const mins = Math.max(0, Math.round((Date.now() - Date.parse(since)) / 60000));
  if (mins >= 1440) return `${Math.floor(mins / 1440)}d${Math.floor((mins % 1440) / 60)}h`;
  if (mins >= 60) return `${Math.floor(mins / 60)}h${String(mins % 60).padStart(2, "0")}m`;
  return `${mins}m`;
}

function render(rows) {
  const brands = [...new Map(rows.map((r) => [r.brand_id, r.brand_name])).entries()];
  const locales = [...new Set(rows.map((r) => r.locale))].sort();
  const table = document.getElementById("matrix");
  table.replaceChildren();
  const head = table.insertRow();
  head.appendChild(document.createElement("th"));
  for (const l of locales) {
    const th = document.createElement("th");
    th.textContent = l;
    head.appendChild(th);
  }
  for (const [brandId, brandName] of brands) {
    const tr = table.insertRow();
    const th = document.createElement("th");
    th.textContent = brandName;
    tr.appendChild(th);
    for (const l of locales) {
      const td = tr.insertCell();
      const r = rows.find((x) => x.brand_id === brandId && x.locale === l);
      if (!r) continue;
      td.className = "cell" + (r.breached > 0 ? " breach" : r.at_risk > 0 ? " risk" : "");
      td.dataset.handle = r.handle;
      td.innerHTML = `<div class="open"></div><div class="meta"></div><div class="meta"></div>`;
      td.children[0].textContent = `${r.open} ${T["col-open"]}`;
      td.children[1].textContent = `${r.at_risk} ${T["col-at-risk"]} · ${r.breached} ${T["col-breached"]}`;
      td.children[2].textContent = `${T["col-oldest-waiting"]}: ${age(r.oldest_waiting_since)}`;
    }
  }
  table.hidden = false;
  document.getElementById("status").hidden = true;
}

async function showError(e) {
  const status = document.getElementById("status");
  status.classList.add("error");
  status.textContent = e && e.code ? await invoke("error_text", { lang, error: e }) : String(e);
}

async function refresh() {
  try {
    render(await invoke("community_counts"));
  } catch (e) {
    await showError(e);
  }
}

async function start() {
  T = await invoke("strings", { lang, keys: KEYS });
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = T[el.dataset.t] || el.textContent;
  try {
    const ws = await invoke("workspace");
    document.getElementById("workspace").textContent = ws.url;
  } catch (e) {
    await showError(e);
    return;
  }
  await refresh();
  setInterval(refresh, 5000);
}

start();
