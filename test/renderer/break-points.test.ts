// Where the match list lets an e-mail address or a model end a line (renderer/src/lib/break-points.ts).
import { describe, expect, it } from 'vitest';
import { breakPoints } from '../../renderer/src/lib/break-points';

describe('breakPoints', () => {
  it('breaks an address after its @ and dots, never inside a word or before its last label', () => {
    expect(breakPoints('olivia.brown@contoso.com', 'address')).toEqual(['olivia.', 'brown@', 'contoso.com']);
    expect(breakPoints('sam@mail.students.example.edu', 'address')).toEqual(['sam@', 'mail.', 'students.', 'example.edu']);
    expect(breakPoints("jean-luc.o'brien@contoso.com", 'address')).toEqual(["jean-luc.", "o'brien@", 'contoso.com']);
    expect(breakPoints('frontdesk', 'address')).toEqual(['frontdesk']);
  });

  it('breaks a model only at its spaces, keeping "13-inch" whole', () => {
    expect(breakPoints('Apple MacBook Air (13-inch, M2, 2022)', 'spaces')).toEqual(['Apple ', 'MacBook ', 'Air ', '(13-inch, ', 'M2, ', '2022)']);
  });

  it('keeps every character, in order', () => {
    for (const text of ['a.b@c.d.e', '@', 'x.@y.', 'no dots here', '']) {
      expect(breakPoints(text, 'address').join('')).toBe(text);
      expect(breakPoints(text, 'spaces').join('')).toBe(text);
    }
  });
});
