// One word for one thing: the catalogs say none of the words their glossary rules out, and each speaks to the
// technician in one register: German "Sie", French "vous", Spanish "usted".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../electron/dev/paths';
import { catalogWords } from './catalog-texts';

const glossary = readFileSync(path.join(repoRoot, 'renderer', 'src', 'lib', 'i18n', 'GLOSSARY.md'), 'utf8');

/** The backticked words of one column of the glossary's table ("Not in English", "Not in German"). */
function ruledOut(column: string): string[] {
  const rows = glossary.split('\n').filter((line) => line.startsWith('|'));
  const cells = (row: string) => row.split('|').slice(1, -1).map((cell) => cell.trim());
  const index = cells(rows[0] ?? '').indexOf(column);
  if (index < 0) throw new Error(`GLOSSARY.md has no column "${column}"`);
  return rows.slice(2).flatMap((row) => [...(cells(row)[index] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

/** A whole word or phrase, in any case unless told; a trailing * takes any ending. */
function wordPattern(word: string, flags = 'iu'): RegExp {
  const stem = word.endsWith('*');
  const escaped = word.replace(/\*$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${stem ? '' : '(?![\\p{L}\\p{N}])'}`, flags);
}

function uses(texts: string[], words: string[], flags?: string): string[] {
  return words.flatMap((word) => texts.filter((text) => wordPattern(word, flags).test(text)).map((text) => `"${word}" in: ${text}`));
}

describe('the glossary', () => {
  for (const [lang, column] of [
    ['en', 'Not in English'],
    ['de', 'Not in German'],
    ['fr', 'Not in French'],
    ['es', 'Not in Spanish'],
  ] as const) {
    it(`rules out words the ${lang} catalog then does not use`, () => {
      const words = ruledOut(column);
      expect(words.length).toBeGreaterThan(10);
      expect(uses(catalogWords(lang), words)).toEqual([]);
    });
  }

  it('catches a ruled-out word, whole and in any case, and a stem with its endings', () => {
    expect(uses(['The device synced an hour ago.'], ['synced'])).toHaveLength(1);
    expect(uses(['Sync', 'asynced'], ['synced'])).toEqual([]);
    expect(uses(['Das Gerät checkt bald ein, dann eincheckt es'], ['eincheck*'])).toHaveLength(1);
  });
});

// Informal address: the pronouns, and the du-imperatives of the verbs the kiosk asks for (nouns such as "Suche" and
// "Sperre" are left out, as they are spelled like the imperative).
const INFORMAL = ['du', 'dich', 'dir', 'dein*', 'euch', 'euer', 'eure*', 'warte', 'prüfe', 'drücke', 'wähle', 'tippe', 'scanne', 'gib', 'öffne', 'melde', 'starte', 'halte', 'nimm', 'lies', 'schließe', 'sende', 'frag'];

describe('German in one register', () => {
  it('says "Sie", never "du", and asks in the Sie form', () => {
    expect(uses(catalogWords('de'), INFORMAL)).toEqual([]);
  });

  it('would catch an informal word', () => {
    expect(uses(['Sperre gesendet – warte, bis sich das Gerät meldet', 'Prüfe dein Gerät.'], INFORMAL)).toHaveLength(3);
  });
});

/**
 * Where a French or Spanish informal imperative is spelled like the third person ("vérifie", "comprueba"), only its
 * place tells them apart: an instruction opens its sentence (after a colon or semicolon too, or a "¿"), or follows
 * "puis" / "luego".
 */
function opensSentence(texts: string[], verbs: string[]): string[] {
  const pattern = new RegExp(`(?:^|[.:;!?]\\s+|\\b(?:puis|luego)\\s+)[¿¡]?(${verbs.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return texts.flatMap((text) => [...text.matchAll(pattern)].map((found) => `"${found[1]}" in: ${text}`));
}

// French: the tu pronouns, and tu-imperatives that no vous sentence says (the third person ends in -t: "choisit").
const INFORMAL_FR = ['tu', 'te', 'toi', 'ton', 'ta', 'tes', 'choisis', 'attends', 'saisis', 'maintiens', 'préviens', 'fais', 'prends', 'lis', 'mets', 'remets', 'reviens'];
// French tu-imperatives of the kiosk's verbs that are spelled like the third person (nouns such as "demande",
// "recherche" and "entre" are left out).
const INFORMAL_FR_OPENING = ['vérifie', 'tape', 'appuie', 'ouvre', 'scanne', 'envoie', 'utilise', 'laisse', 'redémarre', 'patiente', 'essaie', 'essaye', 'connecte', 'reconnecte', 'affiche', 'masque', 'compare', 'confie', 'configure', 'accorde', 'ajoute', 'active', 'lance', 'consulte', 'sélectionne', 'donne', 'entre'];

// Spanish: the tú pronouns and possessives, and tú forms that no usted sentence says.
const INFORMAL_ES = ['tú', 'te', 'contigo', 'tu', 'tus', 'tuyo*', 'tuya*', 'mantén', 'haz', 'pon', 'ten', 'ven', 'sal', 'vuelvas', 'bloquees', 'escribas', 'pulses', 'uses', 'quieres', 'puedes', 'tienes', 'debes'];
// "ti" only in lower case: "TI" is IT, as in "su administrador de TI".
const INFORMAL_ES_LOWER = ['ti'];
// Spanish tú-imperatives spelled like the third person ("el Mac pide", "la pantalla muestra"); nouns such as
// "prueba", "espera" (la espera) and "busca" are kept, as no usted sentence opens with them.
const INFORMAL_ES_OPENING = ['escribe', 'pulsa', 'presiona', 'comprueba', 'revisa', 'elige', 'pide', 'espera', 'abre', 'busca', 'envía', 'usa', 'deja', 'reinicia', 'avisa', 'escanea', 'introduce', 'inicia', 'vuelve', 'selecciona', 'confirma', 'configura', 'compara', 'entrega', 'muestra', 'oculta', 'prueba', 'intenta', 'empieza', 'consulta', 'añade', 'activa', 'concede', 'registra'];

describe('French in one register', () => {
  it('says "vous", never "tu", and asks in the vous form', () => {
    const texts = catalogWords('fr');
    expect([...uses(texts, INFORMAL_FR), ...opensSentence(texts, INFORMAL_FR_OPENING)]).toEqual([]);
  });

  it('would catch an informal word, and leaves the third person alone', () => {
    const informal = ['Vérifie ton appareil.', 'Verrouillage envoyé : attends que l’appareil contacte Intune', 'Ouvre la page, puis saisis le code.'];
    expect([...uses(informal, INFORMAL_FR), ...opensSentence(informal, INFORMAL_FR_OPENING)]).toHaveLength(5);
    const formal = ['L’écran bleu affiche la clé et le Mac vérifie le code.', 'Ouvre la page de connexion sur cet ordinateur.'];
    expect(uses(formal, INFORMAL_FR)).toEqual([]);
    expect(opensSentence(formal, INFORMAL_FR_OPENING)).toHaveLength(1);
  });
});

describe('Spanish in one register', () => {
  it('says "usted", never "tú", and asks in the usted form', () => {
    const texts = catalogWords('es');
    expect([...uses(texts, INFORMAL_ES), ...uses(texts, INFORMAL_ES_LOWER, 'u'), ...opensSentence(texts, INFORMAL_ES_OPENING)]).toEqual([]);
  });

  it('would catch an informal word, and leaves the third person alone', () => {
    const informal = ['Comprueba tu dispositivo.', 'Bloqueo enviado: espera a que el dispositivo contacte con Intune', '¿Pulsa Entrar? Luego escribe el código.', 'No lo bloquees; es para ti.'];
    expect([...uses(informal, INFORMAL_ES), ...uses(informal, INFORMAL_ES_LOWER, 'u'), ...opensSentence(informal, INFORMAL_ES_OPENING)]).toHaveLength(7);
    const formal = ['El Mac pide el PIN y la pantalla muestra el Id.', 'Compruebe su dispositivo y pulse Entrar.', 'Avise a su administrador de TI.'];
    expect([...uses(formal, INFORMAL_ES), ...uses(formal, INFORMAL_ES_LOWER, 'u'), ...opensSentence(formal, INFORMAL_ES_OPENING)]).toEqual([]);
  });
});
