// The editor of `grader serve`: CodeMirror 6 with syntax modes for the six
// languages the grader supports. Bundled into one ES module by
// scripts/build-editor.sh; the page imports `createEditor` from it.
import { EditorView, basicSetup } from "codemirror";
import { keymap } from "@codemirror/view";
import { Compartment, Prec } from "@codemirror/state";
import { indentWithTab } from "@codemirror/commands";
import { indentUnit } from "@codemirror/language";
import { cpp } from "@codemirror/lang-cpp";
import { java } from "@codemirror/lang-java";
import { javascript } from "@codemirror/lang-javascript";
import { python } from "@codemirror/lang-python";
import { rust } from "@codemirror/lang-rust";

const modes = {
  rust: () => rust(),
  python: () => python(),
  cpp: () => cpp(),
  java: () => java(),
  javascript: () => javascript(),
  typescript: () => javascript({ typescript: true }),
};

// Creates an editor in `parent`. `keys` maps CodeMirror key names
// ("Mod-Enter") to functions; `onChange(text)` is called after each edit.
export function createEditor(parent, { doc, language, keys, onChange }) {
  const mode = new Compartment();
  const bindings = Object.entries(keys || {}).map(([key, run]) => ({
    key,
    run: () => {
      run();
      return true;
    },
  }));
  const view = new EditorView({
    doc: doc || "",
    parent,
    extensions: [
      Prec.highest(keymap.of(bindings)),
      basicSetup,
      keymap.of([indentWithTab]),
      indentUnit.of("    "),
      mode.of((modes[language] || modes.python)()),
      EditorView.updateListener.of((update) => {
        if (update.docChanged && onChange) onChange(update.state.doc.toString());
      }),
    ],
  });
  return {
    view,
    getCode: () => view.state.doc.toString(),
    setCode: (text) =>
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    setLanguage: (name) =>
      view.dispatch({ effects: mode.reconfigure((modes[name] || modes.python)()) }),
    focus: () => view.focus(),
  };
}
