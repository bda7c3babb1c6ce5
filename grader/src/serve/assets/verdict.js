// Submit: the code goes to /api/problems/<slug>/submit, which answers with
// server-sent events — the build, each case as it is judged, random-testing
// progress — and then the report, drawn as LeetCode's verdict panel.
import { el, VERDICTS } from "/assets/common.js";

const $ = (id) => document.getElementById(id);

// Reads an event stream from a fetch response, calling `on(event, data)`.
async function readEvents(response, on) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const chunk = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = "message";
      const data = [];
      for (const line of chunk.split("\n")) {
        if (line.startsWith("event:")) name = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      if (data.length) on(name, JSON.parse(data.join("\n")));
    }
  }
}

function block(label, text, testid) {
  return el("div", { class: "block" }, el("div", { class: "label" }, label), el("pre", { "data-testid": testid }, text));
}

function ms(x) {
  return x == null ? "–" : `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
}

function diffView(lines) {
  return el("div", { class: "block" }, el("div", { class: "label" }, "Diff (- expected, + yours)"),
    el("pre", { class: "diff", "data-testid": "diff" }, ...lines.map((l) => el("span", { class: l.tag },
      `${l.tag === "delete" ? "- " : l.tag === "insert" ? "+ " : "  "}${l.text}\n`))));
}

// The verdict panel for a finished run.
function panel(out, addCaseButton) {
  const r = out.report;
  const ok = r.verdict === "AC";
  const box = el("div", { class: "verdict-panel" },
    el("h2", { class: ok ? "ok" : "bad", "data-testid": "verdict-name" }, VERDICTS[r.verdict] || r.verdict),
    el("p", { "data-testid": "verdict-count" }, `${r.passed} / ${r.total} testcases passed`));
  if (r.compile && r.compile.message) {
    box.append(el("pre", { class: "error-text", "data-testid": "compile-error" }, r.compile.message));
    return box;
  }
  const f = r.failure;
  if (f) {
    box.append(el("p", {}, el("b", {}, `Failing case ${f.case}: `), f.message));
    if (f.original_size != null) {
      box.append(el("p", { class: "muted", "data-testid": "shrunk" },
        `A random input of size ${f.original_size} failed; shrunk in ${f.shrink_steps} steps to this one of size ${f.minimal_size}.`));
    }
    box.append(block("Input", f.input, "failing-input"));
    if (f.actual != null) box.append(block("Output", f.actual, "failing-output"));
    if (f.expected != null) box.append(block("Expected", f.expected, "failing-expected"));
    if (out.diff && out.diff.length) box.append(diffView(out.diff));
    if (f.stdout) box.append(block("Stdout", f.stdout, "failing-stdout"));
    if (out.own_case) {
      box.append(el("p", { class: "ok", "data-testid": "own-case" }, `Kept as your case ${out.own_case}: it runs first on every Submit and grader test.`));
    } else if (!f.input_shortened) {
      box.append(addCaseButton(f.input));
    }
    box.append(el("p", { class: "muted" }, "Reproduce: ", el("code", {}, f.reproduce)));
  }
  const s = r.slowest;
  const facts = el("table", { class: "facts", "data-testid": "timing" },
    el("tr", {}, el("th", {}, "Slowest case"), el("td", {}, s ? `${ms(s.time_ms)} of ${ms(s.limit_ms)} (${s.case}; reference ${ms(s.reference_ms)})` : "–")),
    el("tr", {}, el("th", {}, "Memory limit"), el("td", {}, `${out.memory_limit_mb} MB`)));
  if (r.random) {
    facts.append(el("tr", {}, el("th", {}, "Random testing"),
      el("td", {}, `${r.random.passed} / ${r.random.ran} of ${r.random.count} passed · seed ${r.random.seed} · slowest ${ms(r.random.slowest_ms)}`)));
  }
  if (r.compile) facts.append(el("tr", {}, el("th", {}, "Build"), el("td", {}, r.compile.cached ? "cached" : `${r.compile.seconds.toFixed(2)} s`)));
  box.append(facts);
  for (const note of out.notes || []) box.append(el("p", { class: "muted" }, note));
  return box;
}

// Adds one judged case to its group's row (one row per group: yours,
// example, hidden, large), with the group's running count.
function caseChip(groups, c) {
  let row = groups.querySelector(`[data-group="${c.kind}"]`);
  if (!row) {
    row = el("div", { class: "group", "data-group": c.kind, "data-testid": `group-${c.kind}` },
      el("span", { class: "group-label" }), el("ol", { class: "cases" }));
    row.dataset.passed = "0";
    row.dataset.seen = "0";
    groups.append(row);
  }
  const ok = c.verdict === "AC";
  row.dataset.seen = String(Number(row.dataset.seen) + 1);
  if (ok) row.dataset.passed = String(Number(row.dataset.passed) + 1);
  row.querySelector(".group-label").textContent = `${c.kind} ${row.dataset.passed}/${row.dataset.seen}`;
  const tip = `${c.name}: ${VERDICTS[c.verdict] || c.verdict}, ${ms(c.time_ms)}${c.message ? " — " + c.message : ""}`;
  row.querySelector("ol").append(el("li", { class: ok ? "ok" : "bad", "data-testid": "case-result", title: tip }, tip));
}

// Runs a Submit, drawing its progress and verdict.
export async function submit({ slug, language, code, addCaseButton, onSolved }) {
  const progress = $("progress");
  const verdict = $("verdict");
  verdict.replaceChildren();
  const status = el("p", { class: "muted", "data-testid": "submit-status" }, "Saving…");
  const groups = el("div", { class: "groups" });
  progress.replaceChildren(status, groups);
  const response = await fetch(`/api/problems/${slug}/submit`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
    body: JSON.stringify({ language, code }),
  });
  if (!response.ok) {
    const data = await response.json().catch(() => ({}));
    throw new Error(data.error || `${response.status} ${response.statusText}`);
  }
  let total = 0;
  let done = 0;
  let randomCount = 0;
  let finished = false;
  await readEvents(response, (name, data) => {
    if (name === "building") status.textContent = `Building (${data.language})…`;
    else if (name === "built") status.textContent = data.cached ? "Build cached." : "Built.";
    else if (name === "cases") { total = data.total; status.textContent = `Judging 0 / ${total} cases…`; }
    else if (name === "case") {
      done += 1;
      status.textContent = `Judging ${done} / ${total} cases…`;
      caseChip(groups, data);
    } else if (name === "random_started") { randomCount = data.count; status.textContent = `Random testing 0 / ${randomCount}…`; }
    else if (name === "random") status.textContent = `Random testing ${data.done} / ${randomCount}…`;
    else if (name === "report") {
      finished = true;
      status.textContent = `Done: ${data.report.passed} / ${data.report.total} cases.`;
      verdict.replaceChildren(panel(data, addCaseButton));
      if (data.report.verdict === "AC") onSolved();
    } else if (name === "failed") {
      finished = true;
      status.textContent = "";
      verdict.replaceChildren(el("p", { class: "bad", "data-testid": "submit-error" }, data.error));
    }
  });
  if (!finished) throw new Error("the server stopped before the verdict");
}
