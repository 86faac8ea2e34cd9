// Kept apart from format.ts (which needs the screen's language), so a plain Node test can import it.
/**
 * The pieces of a text between which a line may break, so that it never breaks inside a word: an e-mail address after
 * its "@" and dots, but never before its last label ("olivia." "brown@" "contoso.com"), a model only at its spaces
 * (never inside "13-inch").
 */
export function breakPoints(text: string, at: 'address' | 'spaces'): string[] {
  if (at === 'spaces') return text.split(/(?<= )/).filter((piece) => piece !== '');
  const split = (part: string) => part.split(/(?<=\.)/).filter((piece) => piece !== '');
  const sign = text.lastIndexOf('@');
  const domain = split(text.slice(sign + 1));
  const last = domain.length > 1 ? [domain.splice(-2).join('')] : [];
  return [...(sign < 0 ? [] : split(text.slice(0, sign + 1))), ...domain, ...last];
}
