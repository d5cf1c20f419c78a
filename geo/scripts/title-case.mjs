// Natural Earth writes some names in capitals (a style): the build scripts write them as names.

/** "GULF OF  THAILAND" -> "Gulf of Thailand"; `small` are the words kept in lower case inside a name. */
export function titleCase(name, small = ['of', 'the', 'and']) {
  const lower = new RegExp(`\\b(${small.map((word) => word[0].toUpperCase() + word.slice(1)).join('|')})\\b`, 'g');
  return name
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, space, letter) => space + letter.toUpperCase())
    .replace(lower, (word) => word.toLowerCase());
}
