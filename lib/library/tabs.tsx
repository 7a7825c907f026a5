/**
 * The library's views as WAI-ARIA tabs: arrow keys, Home and End move
 * between tabs (roving tab index), the chosen view is kept in the address
 * (`library.html#commitments`) so it survives a reload and can be linked.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

/** One tab: its id (also the address fragment) and label. */
export interface TabSpec<K extends string> {
  id: K;
  label: string;
}

/**
 * The tab list and the chosen panel.
 *
 * @param props - Tabs, the chosen one, the setter, an accessible name and the panel content.
 * @return The tabs and the panel.
 */
export function Tabs<K extends string>({
  tabs,
  chosen,
  onChoose,
  label,
  children,
}: {
  tabs: TabSpec<K>[];
  chosen: K;
  onChoose: (id: K) => void;
  label: string;
  children: ComponentChildren;
}) {
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === chosen);
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1;
    if (to < 0) return;
    event.preventDefault();
    onChoose(tabs[to]!.id);
    list.current?.querySelector<HTMLElement>(`#tab-${tabs[to]!.id}`)?.focus();
  };
  return (
    <>
      <div class="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={move}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === chosen}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === chosen ? 0 : -1}
            onClick={() => onChoose(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <section
        class="panel"
        id={`panel-${chosen}`}
        role="tabpanel"
        aria-labelledby={`tab-${chosen}`}
      >
        {children}
      </section>
    </>
  );
}
