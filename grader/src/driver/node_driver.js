// The grader's JavaScript/TypeScript driver (added by the grader; not the
// learner's code). Defines LeetCode's globals, runs the learner's file as
// written (a TypeScript file as the JavaScript the build emitted), and answers
// one case per request line. The learner's prints go to stderr, a file whose
// size marks where each case's output ends; answers go to fd 1, which only
// this driver writes.
'use strict';

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const SIGNATURE = __SIGNATURE__;

const ANSWER_FD = 1;
const OUTPUT_FD = 2;

/** Writes all of `data` to `fd`, waiting out a full non-blocking pipe. */
function writeAll(fd, data) {
  const buf = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let done = 0;
  while (done < buf.length) {
    try {
      done += fs.writeSync(fd, buf, done, buf.length - done);
    } catch (e) {
      if (e.code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

/** A stand-in for process.stdout/stderr: every write lands in fd 2 at once
 * (a Writable whose _write completes synchronously). */
function learnerStream() {
  const { Writable } = require('stream');
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) {
      try {
        writeAll(OUTPUT_FD, typeof chunk === 'string' ? chunk : Buffer.from(chunk));
        callback();
      } catch (e) {
        callback(e);
      }
    },
  });
  stream.fd = OUTPUT_FD;
  stream.isTTY = false;
  stream.getColorDepth = () => 1;
  stream.hasColors = () => false;
  return stream;
}

function redirectPrints() {
  const out = learnerStream();
  const err = learnerStream();
  Object.defineProperty(process, 'stdout', { value: out, configurable: true, writable: true });
  Object.defineProperty(process, 'stderr', { value: err, configurable: true, writable: true });
  const { Console } = require('console');
  globalThis.console = new Console({ stdout: out, stderr: err, colorMode: false });
}

/** LeetCode's implicit environment: ListNode and the datastructures-js classes. */
function definePrelude() {
  function ListNode(val, next) {
    this.val = (val === undefined ? 0 : val);
    this.next = (next === undefined ? null : next);
  }
  globalThis.ListNode = ListNode;
  // Some solutions require the packages LeetCode provides themselves.
  globalThis.require = require;
  try {
    const pq = require('@datastructures-js/priority-queue');
    globalThis.PriorityQueue = pq.PriorityQueue;
    globalThis.MinPriorityQueue = pq.MinPriorityQueue;
    globalThis.MaxPriorityQueue = pq.MaxPriorityQueue;
    globalThis.Queue = require('@datastructures-js/queue').Queue;
  } catch (e) {
    return 'grader setup: the npm packages LeetCode provides (@datastructures-js/priority-queue, '
      + '@datastructures-js/queue) are not installed; run scripts/setup-languages.sh '
      + '(NODE_PATH=' + (process.env.NODE_PATH || '') + ')';
  }
  return null;
}

/** Maps positions of the emitted JavaScript back to the TypeScript file. */
function sourceMapper(jsPath) {
  try {
    const { SourceMap } = require('module');
    const map = new SourceMap(JSON.parse(fs.readFileSync(jsPath + '.map', 'utf8')));
    return (line, column) => {
      const entry = map.findEntry(line - 1, column - 1);
      if (!entry || entry.originalLine === undefined) return null;
      return [entry.originalLine + 1, entry.originalColumn + 1];
    };
  } catch (e) {
    return null;
  }
}

const learnerPath = process.argv[2];
const learnerName = path.basename(learnerPath);
const isTypeScript = learnerName.endsWith('.ts');
const runPath = isTypeScript
  ? path.join(path.dirname(learnerPath), '__grader_out', learnerName.replace(/\.ts$/, '.js'))
  : learnerPath;
const runName = isTypeScript ? '__grader_out/' + path.basename(runPath) : learnerName;
const mapPosition = isTypeScript ? sourceMapper(runPath) : null;

/** ' (line N, in f)': the innermost frame in the learner's file. */
function where(error) {
  const stack = error && typeof error.stack === 'string' ? error.stack : '';
  for (const line of stack.split('\n')) {
    const at = line.trim();
    if (!at.startsWith('at ')) continue;
    const i = at.lastIndexOf(runName + ':');
    if (i < 0) continue;
    const m = /^(\d+):(\d+)/.exec(at.slice(i + runName.length + 1));
    if (!m) continue;
    let [lineNo, col] = [Number(m[1]), Number(m[2])];
    if (mapPosition) {
      const mapped = mapPosition(lineNo, col);
      if (mapped) [lineNo, col] = mapped;
    }
    const fn = /^at (?:new )?([^\s(]+) \(/.exec(at);
    const name = fn && fn[1] !== '<anonymous>' ? fn[1] : null;
    return ` (line ${lineNo}` + (name ? `, in ${name})` : ')');
  }
  return '';
}

function describe(error) {
  if (error instanceof Error || (error && typeof error.message === 'string' && error.stack)) {
    return `${error.name || 'Error'}: ${error.message}${where(error)}`;
  }
  let text;
  try {
    text = typeof error === 'string' ? error : JSON.stringify(error);
  } catch (e) {
    text = String(error);
  }
  return `Uncaught ${text}`;
}

function toList(values) {
  let head = null;
  for (let i = values.length - 1; i >= 0; i--) head = new globalThis.ListNode(values[i], head);
  return head;
}

function toJs(value, type) {
  if (type === 'ListNode') return toList(value);
  if (type === 'ListNode[]') return value.map(toList);
  if (type.endsWith('[]') && type.startsWith('ListNode')) return value.map((v) => toJs(v, type.slice(0, -2)));
  return value;
}

function toJson(result, type) {
  if (type === 'void') return null;
  if (type === 'ListNode') {
    const out = [];
    for (let node = result; node !== null && node !== undefined; node = node.next) {
      out.push(node.val === undefined ? null : node.val);
      if (out.length > 10000000) throw new Error('the returned linked list has a cycle or more than 10^7 nodes');
    }
    return out;
  }
  if (result === undefined || result === null) return null;
  if (type.endsWith('[]')) {
    const items = ArrayBuffer.isView(result) || !Array.isArray(result) ? Array.from(result) : result;
    const inner = type.slice(0, -2);
    if (!inner.endsWith('[]') && inner !== 'ListNode') return items;
    return items.map((v) => toJson(v, inner));
  }
  return result;
}

/** Splits `a b c` (JSON values separated by spaces) and parses each. */
function parseArgs(text) {
  const values = [];
  let start = -1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 10) {
      if (start >= 0 && depth === 0) {
        values.push(JSON.parse(text.slice(start, i)));
        start = -1;
      }
      continue;
    }
    if (start < 0) start = i;
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) depth--;
  }
  return values;
}

/** Reads stdin one line at a time, synchronously. */
class LineReader {
  constructor(fd) {
    this.fd = fd;
    this.chunk = Buffer.alloc(1 << 20);
    this.pending = [];
    this.buffered = Buffer.alloc(0);
  }

  next() {
    for (;;) {
      const nl = this.buffered.indexOf(10);
      if (nl >= 0) {
        const line = this.buffered.toString('utf8', 0, nl);
        this.buffered = this.buffered.subarray(nl + 1);
        return line;
      }
      let n;
      try {
        n = fs.readSync(this.fd, this.chunk, 0, this.chunk.length, null);
      } catch (e) {
        if (e.code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
          continue;
        }
        if (e.code === 'EOF') n = 0;
        else throw e;
      }
      if (n === 0) {
        if (this.buffered.length === 0) return null;
        const line = this.buffered.toString('utf8');
        this.buffered = Buffer.alloc(0);
        return line;
      }
      this.buffered = Buffer.concat([this.buffered, this.chunk.subarray(0, n)]);
    }
  }
}

function cpuNs() {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

/** Runs the learner's file; returns the entry point or an error message. */
function load() {
  const setupError = definePrelude();
  if (setupError) return { error: setupError };
  let code;
  try {
    code = fs.readFileSync(runPath, 'utf8');
  } catch (e) {
    return { error: `grader setup: cannot read ${runPath}: ${e.message}` };
  }
  try {
    vm.runInThisContext(code, { filename: runName });
  } catch (e) {
    return { error: describe(e) + ' (while loading your file)' };
  }
  const name = SIGNATURE.kind === 'function' ? SIGNATURE.name : SIGNATURE.class;
  const entry = vm.runInThisContext(`typeof ${name} !== 'undefined' ? ${name} : undefined`);
  if (typeof entry !== 'function') {
    return { error: `ReferenceError: your code does not define ${name} as a function or class; LeetCode's signature is: ${SIGNATURE.expect}` };
  }
  return { entry };
}

function runFunction(entry, args) {
  const converted = SIGNATURE.params.map((type, i) => toJs(args[i], type));
  const start = cpuNs();
  const result = entry(...converted);
  const cpu = cpuNs() - start;
  return [JSON.stringify(toJson(result, SIGNATURE.returns)), cpu];
}

function runClass(entry, args) {
  const [names, argLists] = args;
  const calls = names.map((name, i) => {
    const types = name === SIGNATURE.class ? SIGNATURE.constructor : (SIGNATURE.methods[name] || { params: [] }).params;
    return [name, types.map((type, j) => toJs(argLists[i][j], type))];
  });
  const out = [];
  let obj = null;
  const start = cpuNs();
  for (const [name, callArgs] of calls) {
    if (name === SIGNATURE.class) {
      obj = new entry(...callArgs);
      out.push(null);
    } else {
      if (typeof obj[name] !== 'function') throw new TypeError(`${SIGNATURE.class}.${name} is not a function`);
      out.push(toJson(obj[name](...callArgs), SIGNATURE.methods[name].returns));
    }
  }
  const cpu = cpuNs() - start;
  return [JSON.stringify(out), cpu];
}

function main() {
  redirectPrints();
  const loaded = load();
  const reader = new LineReader(0);
  // Loaded: the grader starts the CPU clock of the first case from here.
  writeAll(ANSWER_FD, 'READY\n');
  for (;;) {
    const line = reader.next();
    if (line === null) return;
    if (line.trim() === '') continue;
    const space = line.indexOf(' ');
    let status = 'OK';
    let payload;
    let cpu = 0;
    if (loaded.error) {
      status = 'RE';
      payload = JSON.stringify(loaded.error);
    } else {
      try {
        const args = parseArgs(space < 0 ? '' : line.slice(space + 1));
        [payload, cpu] = SIGNATURE.kind === 'function' ? runFunction(loaded.entry, args) : runClass(loaded.entry, args);
        if (payload === undefined) payload = 'null';
      } catch (e) {
        status = 'RE';
        payload = JSON.stringify(describe(e));
        cpu = 0;
      }
    }
    const outEnd = fs.fstatSync(OUTPUT_FD).size;
    const peakKb = process.resourceUsage().maxRSS;
    writeAll(ANSWER_FD, `${status} ${Math.round(cpu)} ${Math.round(cpuNs())} ${peakKb} ${outEnd} ${payload}\n`);
  }
}

main();
