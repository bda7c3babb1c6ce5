// Helpers shared by the pages: the JSON API and building elements.

// Calls the API; an error answer throws an Error with the server's message.
// `keepalive` lets a request outlive the page (the last save on leaving it).
export async function api(method, path, body, keepalive = false) {
  const options = { method, headers: {}, keepalive };
  // Every request that changes something sends JSON (the server insists).
  if (body === undefined && method !== "GET") body = {};
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(data.error || `${response.status} ${response.statusText}`);
    error.status = response.status;
    throw error;
  }
  return data;
}

// An element with attributes and children (strings become text, never HTML).
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value == null) continue;
    node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child == null || child === "") continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

// Shows an error in the page's #error line.
export function showError(error) {
  const box = document.getElementById("error");
  if (box) {
    box.textContent = error.message || String(error);
    box.hidden = false;
  }
  console.error(error);
}

// LeetCode's names of the verdicts.
export const VERDICTS = {
  AC: "Accepted",
  WA: "Wrong Answer",
  TLE: "Time Limit Exceeded",
  MLE: "Memory Limit Exceeded",
  RE: "Runtime Error",
  CE: "Compile Error",
  OLE: "Output Limit Exceeded",
  IE: "Internal Error (grader)",
};
