/** Letters that Unicode does not decompose into a base letter and a mark. */
const FOLDED: Record<string, string> = { đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * How names are compared: "Đà Nẵng", "Da Nang" and "DA NANG" share the key "da nang"; "Danang"
 * does not (the gazetteer lists it as an alternate name). Apostrophes and dots go, so "Sana’a"
 * meets "Sana'a", "Hawaiʻi" (ʻokina), "Hawai‘i" and "Hawai'i" meet "Hawaii", and "U.S." meets "US";
 * hyphens are spaces. Marks go too: "Kīlauea" meets "Kilauea".
 */
export function nameKey(name: string): string {
  // Most names are plain ASCII words: the fast path keeps loading the gazetteer quick.
  if (PLAIN.test(name)) return name.toLowerCase();
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[đðħıłøßæœþ]/g, (letter) => FOLDED[letter]!)
    .replace(/['’‘ʻʼ`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
