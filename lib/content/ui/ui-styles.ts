/** Styles of the in-page UI, scoped by its shadow root. Light and dark follow the OS. */
export const UI_STYLES = `
:host { all: initial; }
/* Author display rules beat the hidden attribute unless told otherwise. */
:host([hidden]), [hidden] { display: none !important; }
.panel {
  position: absolute;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", sans-serif;
  color: #1d1d1f; background: #fff; border: 1px solid #c9c9d1; border-radius: 8px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.18); padding: 4px;
}
.toolbar { display: flex; gap: 4px; }
button {
  font: inherit; color: inherit; background: #f2f2f7; border: 1px solid transparent;
  border-radius: 6px; padding: 4px 10px; cursor: pointer; min-height: 28px;
}
button:hover { background: #e4e4ec; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #2f6fde; outline-offset: 1px; }
button.primary { background: #2f6fde; color: #fff; }
button.danger { color: #b3261e; }
.editor { width: 320px; padding: 10px; display: grid; gap: 8px; }
.editor label { display: grid; gap: 2px; font-weight: 600; font-size: 12px; }
.editor textarea, .editor input {
  font: inherit; font-weight: 400; color: inherit; background: inherit;
  border: 1px solid #c9c9d1; border-radius: 6px; padding: 6px; resize: vertical;
}
.editor textarea { min-height: 72px; }
.quote { font-style: italic; max-height: 4.2em; overflow: hidden; color: #55555d; }
.actions { display: flex; gap: 6px; justify-content: flex-end; }
.actions .danger { margin-right: auto; }
.toast { display: flex; gap: 8px; align-items: center; padding: 6px 10px; }
.card { width: 320px; padding: 10px; display: grid; gap: 6px; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; }
.facts dt { color: #55555d; }
.facts dd { margin: 0; }
.correct { display: grid; gap: 6px; }
.correct label { display: grid; gap: 2px; font-size: 12px; font-weight: 600; }
.correct input, .correct select { font: inherit; font-weight: 400; padding: 4px; border: 1px solid #c9c9d1; border-radius: 6px; color: inherit; background: inherit; }
.banner {
  position: fixed; top: 12px; right: 12px; width: min(440px, calc(100vw - 24px));
  max-height: calc(100vh - 24px); overflow: auto; padding: 10px 12px;
  border-left: 4px solid #e08a00;
}
.banner p { margin: 0 0 6px; }
.changes { margin: 8px 0 0; padding-left: 18px; display: grid; gap: 6px; }
.changes del { background: rgb(179 38 30 / 0.12); text-decoration: line-through; }
.changes ins { background: rgb(0 128 96 / 0.14); text-decoration: none; }
@media (prefers-color-scheme: dark) {
  .panel { color: #f2f2f7; background: #1f1f24; border-color: #3a3a44; }
  button { background: #2c2c34; }
  button:hover { background: #3a3a44; }
  .quote { color: #b4b4bd; }
  .editor textarea, .editor input { border-color: #3a3a44; }
}
`;
