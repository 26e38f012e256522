// SpineTriage's page: pick a seed or paste a case (or a FHIR R4 Bundle), see the report, edit a field and see it change.
// Plain JavaScript, no build step. Every text from the server is put in with textContent, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
let sequence = 0;
let timer = 0;

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

function list(items, render) {
  return items && items.length ? el("ul", {}, ...items.map((item) => el("li", {}, ...[].concat(render(item))))) : null;
}

function section(title, content) {
  return content ? el("div", { class: "part" }, el("strong", { text: title }), content) : null;
}

function citations(finding) {
  return (finding.citations || []).map((c) => {
    const label = c.label || c.key;
    const cite = c.url && /^https?:\/\//.test(c.url) ? el("a", { href: c.url, rel: "noreferrer noopener", target: "_blank", text: label }) : el("span", { text: label });
    return el("div", { class: "citation" }, "Source: ", cite, c.text ? " — " + c.text : "");
  });
}

function finding(f) {
  return [el("span", { text: f.text }), " ", el("span", { class: "rule", text: "[" + f.ruleName + (f.evidenceLevel ? ", evidence " + f.evidenceLevel : "") + "]" }), ...citations(f)];
}

function renderProblems(problems) {
  const box = $("problems");
  box.replaceChildren(el("h3", { text: "The input cannot be evaluated" }), ...problems.map((p) => el("div", { class: "problem", text: p.text })));
  box.hidden = false;
}

function appendParts(node, ...parts) {
  node.append(...parts.filter((part) => part !== null && part !== undefined));
}

function renderAssessment(a) {
  const card = el("article", { class: "assessment", id: "assessment-" + a.assessment, dataset: { assessment: a.assessment } });
  card.append(el("h3", {}, el("span", { text: a.title }), el("span", { class: "verdict", id: "verdict-" + a.assessment, dataset: { verdict: a.verdict }, text: a.verdict })));
  if (a.isIncomplete) {
    appendParts(card, section("Possible verdicts (what the missing data decides between)", list(a.possibleVerdicts, (p) =>
      [el("span", { class: "verdict", dataset: { verdict: p.verdict }, text: p.verdict }), p.condition ? el("details", {}, el("summary", { text: "when" }), el("div", { class: "condition", text: p.condition })) : ""])));
    appendParts(card, section("Deciding inputs", list(a.decidingInputs, (d) => el("code", { text: d }))));
  }
  appendParts(card,
    section("Reasons", list(a.reasons, finding)),
    section("Next steps", list(a.nextSteps, (s) => s)),
    section("Missing data", list(a.missing, (m) => el("code", { text: m }))),
    section("Warnings", list(a.warnings, (w) => w)),
    section("Notes", list(a.notes, (n) => n)));
  return card;
}

function renderProvenance(response) {
  const box = $("provenance");
  if (response.input !== "fhir") { box.hidden = true; box.replaceChildren(); return; }
  const rows = (response.sources || []).map((s) => el("tr", {}, el("td", {}, el("code", { text: s.field })), el("td", { text: s.resource }), el("td", { text: s.code }), el("td", { text: s.effective || "" }), el("td", { text: s.element })));
  box.replaceChildren(
    el("h3", { text: "Where each field came from (FHIR)" }),
    el("table", {}, el("thead", {}, el("tr", {}, ...["Field", "Resource", "Code", "Date", "Element"].map((h) => el("th", { text: h })))), el("tbody", {}, ...rows)),
    ...(response.mappingProblems || []).map((p) => el("div", { class: "problem warning", text: p.text })),
    section("Not used", list(response.unused, (u) => u.resource + ": " + u.reason)) || "");
  box.hidden = false;
}

function render(response) {
  $("problems").hidden = true;
  const report = response.report;
  const flags = $("red-flags");
  flags.replaceChildren(...report.redFlags.map((f) => el("div", { class: "red-flag" }, el("strong", { text: "Red flag: " }), ...finding(f))));
  flags.hidden = report.redFlags.length === 0;
  $("assessments").replaceChildren(...Object.values(report.assessments).map(renderAssessment));
  renderProvenance(response);
  $("rule-set").textContent = "Rule set " + report.ruleSetHash;
  $("report-disclaimer").textContent = report.disclaimer;
}

async function evaluate() {
  const mine = ++sequence;
  $("status").textContent = "Evaluating…";
  let response;
  try {
    response = await fetch("/api/evaluate", { method: "POST", headers: { "Content-Type": "application/json" }, body: $("case").value });
  } catch (error) {
    if (mine === sequence) $("status").textContent = "The server did not answer: " + error.message;
    return;
  }
  const body = await response.json().catch(() => null);
  if (mine !== sequence) return; // a later edit's answer wins
  if (response.ok && body && body.report) {
    render(body);
    $("status").textContent = "Evaluated.";
  } else {
    renderProblems(body && body.problems ? body.problems : [{ text: "HTTP " + response.status }]);
    $("status").textContent = "Not evaluated: see the problems.";
  }
  updateFieldPaths();
}

function pathTokens(path) {
  const tokens = [];
  for (const part of path.split(".")) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) throw new Error("'" + part + "' is not a field name");
    if (match[1]) tokens.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) tokens.push(Number(index[1]));
  }
  if (!tokens.length) throw new Error("give a field, e.g. patient.smokingStatus");
  return tokens;
}

function setField(document, path, value) {
  const tokens = pathTokens(path);
  let node = document;
  tokens.slice(0, -1).forEach((token, i) => {
    if (node[token] === undefined || node[token] === null) node[token] = typeof tokens[i + 1] === "number" ? [] : {};
    node = node[token];
    if (typeof node !== "object") throw new Error("'" + path + "' goes through a value that is not an object or a list");
  });
  node[tokens[tokens.length - 1]] = value;
}

function parseValue(text) {
  try { return JSON.parse(text); } catch { return text; }
}

function leafPaths(value, prefix, out) {
  if (Array.isArray(value)) value.forEach((v, i) => leafPaths(v, prefix + "[" + i + "]", out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) { if (k !== "$schema") leafPaths(v, prefix ? prefix + "." + k : k, out); }
  else out.push(prefix);
  return out;
}

function updateFieldPaths() {
  let parsed;
  try { parsed = JSON.parse($("case").value); } catch { return; }
  $("field-paths").replaceChildren(...leafPaths(parsed, "", []).slice(0, 500).map((p) => el("option", { value: p })));
}

function setAndEvaluate() {
  try {
    const parsed = JSON.parse($("case").value);
    setField(parsed, $("field-path").value.trim(), parseValue($("field-value").value.trim()));
    $("case").value = JSON.stringify(parsed, null, 2);
  } catch (error) {
    $("status").textContent = "Cannot set the field: " + error.message;
    return;
  }
  evaluate();
}

async function loadSeed(name) {
  if (!name) return;
  const response = await fetch("/api/seeds/" + encodeURIComponent(name));
  $("case").value = await response.text();
  evaluate();
}

async function start() {
  const names = await (await fetch("/api/seeds")).json();
  $("seed").append(...names.map((n) => el("option", { value: n, text: n })));
  $("seed").addEventListener("change", (e) => loadSeed(e.target.value));
  $("evaluate").addEventListener("click", evaluate);
  $("field-set").addEventListener("click", setAndEvaluate);
  $("case").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(evaluate, 600); });
  document.body.dataset.ready = "true";
}

start();
