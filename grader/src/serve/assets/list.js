// The problem list: number, title, difficulty, tags, and the learner's
// progress per language (the state the command line's practice loop keeps).
import { api, el, showError } from "/assets/common.js";

function cell(state) {
  if (!state) return el("td", { class: "muted", title: "not tried" }, "·");
  if (state.first_accepted) {
    const ratio = state.best_ms != null && state.reference_ms > 0.05
      ? ` ${(state.best_ms / state.reference_ms).toFixed(1)}×` : "";
    return el("td", { class: "ok", title: `accepted ${state.first_accepted}` }, `✓${ratio}`);
  }
  if (state.last_verdict) {
    return el("td", { class: "bad", title: `${state.attempts} attempts` }, `${state.last_verdict} ${state.attempts}`);
  }
  return el("td", { class: "muted", title: "started" }, "…");
}

async function main() {
  const data = await api("GET", "/api/problems");
  const head = document.getElementById("head");
  for (const lang of data.languages) head.append(el("th", { class: "lang" }, lang.ext));
  const rows = document.getElementById("rows");
  rows.replaceChildren();
  for (const p of data.problems) {
    const link = el("a", { href: `/problems/${encodeURIComponent(p.problem)}`, "data-testid": `problem-link-${p.problem}` }, p.title);
    const tr = el("tr", { "data-testid": `problem-row-${p.problem}`, class: p.solved ? "solved" : "" },
      el("td", {}, p.number != null ? String(p.number) : ""),
      el("td", {}, link, p.solved ? el("span", { class: "ok" }, " ✓") : ""),
      el("td", { class: `difficulty ${p.difficulty}` }, p.difficulty),
      el("td", { class: "tags" }, ...(data.tags[p.problem] || []).map((t) => el("span", { class: "tag" }, t))),
      el("td", {}, p.hints_total ? `${p.hints_seen}/${p.hints_total}` : "–"),
      ...data.languages.map((l) => cell(p.languages[l.name])));
    rows.append(tr);
  }
  if (data.next) {
    const next = data.problems.find((p) => p.problem === data.next);
    document.getElementById("next").replaceChildren("Next up: ",
      el("a", { href: `/problems/${encodeURIComponent(data.next)}` }, next ? next.title : data.next));
  } else {
    document.getElementById("next").textContent = "Every problem is solved: try another language.";
  }
}

main().catch(showError);
