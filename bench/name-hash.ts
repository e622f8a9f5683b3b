/** FNV-1a of a page's name: a page lands in a split by its own name, never by its neighbours'. Frozen: changing it moves pages between splits. */
export function nameHash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
