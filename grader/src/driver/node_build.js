// The grader's build step for JavaScript and TypeScript (added by the
// grader; not the learner's code), run in the build folder as
// `node __grader_build.js <learner file>`.
//   .js: a syntax check, compiling the file the way the driver will run it
//        (LeetCode reports a SyntaxError as a compile error).
//   .ts: type-checks and transpiles with the installed `typescript` against
//        LeetCode's globals (__grader_globals.d.ts) into __grader_out/, with a
//        source map so runtime errors point at the learner's lines. Type
//        errors are compile errors, as on LeetCode.
'use strict';

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const file = process.argv[2];

function checkJavaScript() {
  try {
    new vm.Script(fs.readFileSync(file, 'utf8'), { filename: file });
  } catch (e) {
    // The stack of a SyntaxError starts with `file:line`, the line and a caret.
    const lines = String(e.stack).split('\n');
    const end = lines.findIndex((l) => /^\s+at /.test(l));
    process.stderr.write(lines.slice(0, end < 0 ? lines.length : end).join('\n').trimEnd() + '\n');
    process.exit(1);
  }
}

function packageDir(name) {
  try {
    return path.dirname(require.resolve(name + '/package.json'));
  } catch (e) {
    return null;
  }
}

function compileTypeScript() {
  let ts;
  try {
    ts = require('typescript');
  } catch (e) {
    process.stderr.write('grader setup: the `typescript` npm package is not installed; run scripts/setup-languages.sh\n');
    process.exit(3);
  }
  const paths = {};
  for (const name of ['@datastructures-js/priority-queue', '@datastructures-js/queue']) {
    const dir = packageDir(name);
    if (dir) paths[name] = [dir];
  }
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ['lib.es2023.d.ts'],
    types: [],
    strict: false,
    noImplicitAny: false,
    skipLibCheck: true,
    noEmitOnError: true,
    sourceMap: true,
    outDir: '__grader_out',
    rootDir: '.',
    paths,
  };
  const program = ts.createProgram([file, '__grader_globals.d.ts'], options);
  const learner = program.getSourceFile(file);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const emitted = diagnostics.length === 0 ? program.emit(learner) : null;
  const all = diagnostics.concat(emitted ? emitted.diagnostics : []);
  if (all.length === 0 && emitted && !emitted.emitSkipped) return;
  for (const d of all) {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file) {
      process.stderr.write(`error TS${d.code}: ${text}\n`);
      continue;
    }
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start || 0);
    const name = path.relative('.', d.file.fileName);
    const source = d.file.text.split('\n')[line] || '';
    const caret = ' '.repeat(character) + '^'.repeat(Math.max(1, Math.min(d.length || 1, source.length - character)));
    process.stderr.write(`${name}:${line + 1}:${character + 1} - error TS${d.code}: ${text}\n`);
    process.stderr.write(`${String(line + 1).padStart(5)} | ${source.trimEnd()}\n      | ${caret}\n\n`);
  }
  process.exit(1);
}

if (file.endsWith('.ts')) compileTypeScript();
else checkJavaScript();
