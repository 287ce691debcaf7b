/**
 * The view lives in the URL (Our World in Data's permalink habit): tab, filters, dates and each
 * panel's chart/table toggle are query parameters, so a copied URL reopens the same view.
 */
export type View = Record<string, string>;

export function readView(): View {
  return Object.fromEntries(new URLSearchParams(location.search));
}

/** Updates the URL without reloading; `null` removes a key. Returns the new view. */
export function setView(changes: Record<string, string | null>, { push = false } = {}): View {
  const params = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') params.delete(k);
    else params.set(k, v);
  }
  const url = `${location.pathname}?${params.toString()}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  window.dispatchEvent(new CustomEvent('viewchange'));
  return readView();
}

export function permalink(): string {
  return location.href;
}
