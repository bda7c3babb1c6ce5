// The problem page: statement, hints and editorial on the left; the editor,
// the language picker, Run and Submit on the right. The code is saved (to
// the same file `grader test` reads) a moment after each edit and before
// every Run or Submit.
import { createEditor } from "/assets/editor.js";
import { api, el, showError, VERDICTS } from "/assets/common.js";
import { submit as streamSubmit } from "/assets/verdict.js";

const slug = decodeURIComponent(location.pathname.split("/")[2] || "");
const page = { problem: null, language: null, editor: null, timer: null, busy: false };

const $ = (id) => document.getElementById(id);

function showTab(name) {
  for (const tab of document.querySelectorAll(".tab")) tab.hidden = tab.id !== `tab-${name}`;
  for (const button of document.querySelectorAll("[data-tab]")) {
    button.setAttribute("aria-selected", String(button.dataset.tab === name));
  }
}

function html(node, markup) {
  // Server-rendered markdown (raw HTML in it is escaped by the server).
  node.innerHTML = markup;
  return node;
}

async function save(leaving = false) {
  clearTimeout(page.timer);
  page.timer = null;
  const code = page.editor.getCode();
  const saved = await api("PUT", `/api/problems/${slug}/code`, { language: page.language, code }, leaving);
  $("file").textContent = saved.file;
}

function scheduleSave() {
  clearTimeout(page.timer);
  page.timer = setTimeout(() => save().catch(showError), 800);
}

async function loadCode(language) {
  const code = await api("GET", `/api/problems/${slug}/code?language=${encodeURIComponent(language)}`);
  page.language = code.language;
  $("file").textContent = code.exists ? code.file : `${code.file} (not saved yet)`;
  return code.code;
}

async function switchLanguage(language) {
  if (page.timer) await save();
  const text = await loadCode(language);
  page.editor.setCode(text);
  page.editor.setLanguage(page.language);
}

function setBusy(busy) {
  // Run and Submit send (and so save) the code themselves.
  if (busy) { clearTimeout(page.timer); page.timer = null; }
  page.busy = busy;
  $("run").disabled = busy;
  $("submit").disabled = busy;
}

function block(label, text, testid) {
  return el("div", { class: "block" }, el("div", { class: "label" }, label),
    el("pre", { "data-testid": testid }, text));
}

function addCaseButton(input) {
  const button = el("button", { type: "button", "data-testid": "add-case-button" }, "Add to my cases");
  button.addEventListener("click", async () => {
    try {
      const added = await api("POST", `/api/problems/${slug}/cases`, { input });
      button.textContent = added.new ? `Added as ${added.id}` : `Already your case ${added.id}`;
      button.disabled = true;
    } catch (e) { showError(e); }
  });
  return button;
}

async function run() {
  if (page.busy) return;
  setBusy(true);
  showTab("result");
  const panel = $("tab-result");
  panel.replaceChildren(el("p", { class: "muted" }, "Running…"));
  try {
    const out = await api("POST", `/api/problems/${slug}/run`,
      { language: page.language, code: page.editor.getCode(), input: $("input").value });
    $("file").textContent = out.file;
    panel.replaceChildren();
    const first = out.results[0];
    if (first && first.compile_error) {
      panel.append(el("h3", { class: "bad", "data-testid": "run-verdict" }, "Compile Error"),
        el("pre", { class: "error-text" }, first.compile_error));
      return;
    }
    const ok = out.results.every((r) => r.verdict === "AC");
    panel.append(el("h3", { class: ok ? "ok" : "bad", "data-testid": "run-verdict" }, ok ? "Accepted" : VERDICTS[out.results.find((r) => r.verdict !== "AC").verdict]));
    out.results.forEach((r, i) => {
      const box = el("div", { class: "run-case", "data-testid": `run-case-${i + 1}` },
        el("div", { class: "case-title" }, `Case ${i + 1} · `, el("span", { class: r.verdict === "AC" ? "ok" : "bad" }, VERDICTS[r.verdict]),
          el("span", { class: "muted" }, ` · ${r.time_ms.toFixed(1)} ms`)),
        block("Input", r.input, "run-input"),
        block("Output", r.answer ?? "(no answer)", "run-output"),
        block("Expected", r.expected, "run-expected"));
      if (r.message) box.append(el("p", { class: "bad" }, r.message));
      if (r.stdout) box.append(block("Stdout", r.stdout, "run-stdout"));
      box.append(addCaseButton(r.input));
      panel.append(box);
    });
  } catch (e) {
    panel.replaceChildren(el("p", { class: "bad", "data-testid": "run-error" }, e.message));
  } finally {
    setBusy(false);
  }
}

async function submit() {
  if (page.busy) return;
  setBusy(true);
  showTab("submission");
  try {
    await streamSubmit({ slug, language: page.language, code: page.editor.getCode(), addCaseButton,
      onSolved: () => { page.problem.editorial_open = true; editorialNote(); } });
  } catch (e) {
    $("verdict").replaceChildren(el("p", { class: "bad", "data-testid": "submit-error" }, e.message));
  } finally {
    setBusy(false);
  }
}

function editorialNote() {
  const p = page.problem;
  $("editorial-button").hidden = !p.has_editorial;
  $("editorial-note").textContent = !p.has_editorial ? "" : p.editorial_open
    ? "" : "Opens after your first accepted submission (the button peeks, and your progress will say so).";
}

async function editorial() {
  const open = page.problem.editorial_open;
  if (!open && !confirm("Read the editorial before solving? Your progress will say you peeked.")) return;
  const out = await api("POST", `/api/problems/${slug}/editorial`, { peek: !open });
  page.problem.editorial_open = true;
  editorialNote();
  html($("editorial"), out.editorial_html).hidden = false;
}

function showHints(list, total) {
  $("hints").replaceChildren(...list.map((h, i) =>
    html(el("div", { class: "hint", "data-testid": `hint-${i + 1}` }), `<b>Hint ${i + 1} of ${total}</b>${h}`)));
  $("hint").hidden = total === 0 || list.length >= total;
  $("hint").textContent = `Show hint ${list.length + 1} of ${total}`;
}

async function main() {
  const p = await api("GET", `/api/problems/${slug}`);
  page.problem = p;
  document.title = `${p.number ? p.number + ". " : ""}${p.title} · grader`;
  $("title").textContent = `${p.number ? p.number + ". " : ""}${p.title}`;
  $("meta").replaceChildren(el("span", { class: `difficulty ${p.difficulty}` }, p.difficulty),
    ...p.tags.map((t) => el("span", { class: "tag" }, t)),
    el("span", { class: "muted" }, ` · time limit ${p.time_limit_ms} ms (× language) · memory ${p.memory_limit_mb} MB`));
  html($("statement"), p.statement_html);
  showHints(p.hints_html, p.hints_total);
  editorialNote();
  $("params").textContent = p.params.join(", ");
  $("input").value = p.examples;
  const picker = $("language");
  for (const l of p.languages) picker.append(el("option", { value: l.name }, `${l.name} (.${l.ext})`));
  const text = await loadCode(p.language);
  picker.value = page.language;
  page.editor = createEditor($("editor"), {
    doc: text,
    language: page.language,
    keys: { "Mod-Enter": run, "Mod-'": submit },
    onChange: scheduleSave,
  });
  picker.addEventListener("change", () => switchLanguage(picker.value).catch(showError));
  $("run").addEventListener("click", run);
  $("submit").addEventListener("click", submit);
  $("examples").addEventListener("click", () => { $("input").value = p.examples; });
  $("hint").addEventListener("click", async () => {
    try {
      const out = await api("POST", `/api/problems/${slug}/hint`);
      showHints(out.hints_html, out.hints_total);
    } catch (e) { showError(e); }
  });
  $("editorial-button").addEventListener("click", () => editorial().catch(showError));
  for (const b of document.querySelectorAll("[data-tab]")) b.addEventListener("click", () => showTab(b.dataset.tab));
  document.addEventListener("keydown", (e) => {
    if (!(e.ctrlKey || e.metaKey)) return;
    if (e.key === "Enter") { e.preventDefault(); run(); }
    if (e.key === "'") { e.preventDefault(); submit(); }
  });
  window.addEventListener("pagehide", () => { if (page.timer) save(true).catch(() => {}); });
  showTab("testcase");
  // For browser tests and scripts: the editor's content and the two buttons.
  window.grader = { getCode: () => page.editor.getCode(), setCode: (t) => page.editor.setCode(t), run, submit };
  document.body.dataset.ready = "true";
}

main().catch(showError);
