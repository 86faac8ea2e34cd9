// How this tenant answers the kiosk's filters: each with a value that matches nothing and `$top=1`, so a device back
// means the filter was dropped (DESIGN.md §5). Also which name filter the kiosk will use, and two answers admins ask about.
import { randomBytes } from 'node:crypto';
import { nameClause, NAME_STRATEGIES, odataString, serialClause, userClause, type NameStrategy } from '../devices/search';
import type { FilterCheck, GraphAnswer, TenantReport, Verdict } from './report';

export type Graph = (path: string, token: string | null) => Promise<{ status: number; body: unknown }>;

export async function safely(send: () => Promise<{ status: number; body: unknown }>): Promise<GraphAnswer> {
  try {
    return await send();
  } catch {
    return null;
  }
}

export function firstDevice(body: unknown): { deviceName?: string; userPrincipalName?: string } | null {
  const value = (body as { value?: unknown })?.value;
  return Array.isArray(value) && value[0] && typeof value[0] === 'object' ? (value[0] as { deviceName?: string; userPrincipalName?: string }) : null;
}

/**
 * Each of the kiosk's filters with a value that matches nothing, `$top=1`: a device back means the tenant dropped
 * the filter (and would answer with every device).
 */
export async function filterChecks(
  graph: Graph,
  token: string,
  sample: { deviceName?: string; userPrincipalName?: string } | null,
  nameSearch: TenantReport['nameSearch'],
): Promise<FilterCheck[]> {
  const nothing = `kiosk-check-${randomBytes(6).toString('hex')}`;
  const probe = async (filter: string) => {
    const answer = await safely(() => graph(`/deviceManagement/managedDevices?$top=1&$select=id&$filter=${encodeURIComponent(filter)}`, token));
    if (!answer) return { kind: 'error' as const, status: 0 };
    if (answer.status === 400) return { kind: 'refused' as const, status: 400 };
    if (answer.status !== 200) return { kind: 'error' as const, status: answer.status };
    const value = (answer.body as { value?: unknown })?.value;
    return { kind: Array.isArray(value) && value.length > 0 ? ('device' as const) : ('empty' as const), status: 200 };
  };
  const checks: FilterCheck[] = [];
  const kioskFilter = async (filter: string, usedFor: string, ifDropped: { verdict: Verdict; text: string }) => {
    const answer = await probe(filter);
    const dropped = `${ifDropped.text}`;
    if (answer.kind === 'empty') checks.push({ filter, usedFor, answer: 'honoured', verdict: 'ok', message: `${filter}: honoured (nothing matched, nothing came back).` });
    else if (answer.kind === 'device') checks.push({ filter, usedFor, answer: 'ignored', verdict: ifDropped.verdict, message: `${filter}: IGNORED — a device came back for a value that matches none. ${dropped}` });
    else if (answer.kind === 'refused') checks.push({ filter, usedFor, answer: 'refused', verdict: ifDropped.verdict, message: `${filter}: refused (400). ${dropped}` });
    else checks.push({ filter, usedFor, answer: 'error', verdict: 'problem', message: `${filter}: answered HTTP ${answer.status}.` });
    return answer.kind === 'empty';
  };
  await kioskFilter(serialClause(nothing).filter, 'serial number search', { verdict: 'problem', text: 'The kiosk cannot search serial numbers on this tenant: every such search would come back with the whole tenant.' });
  await kioskFilter(userClause(`${nothing}@example.invalid`).filter, 'e-mail search', { verdict: 'problem', text: 'The kiosk cannot search by e-mail address on this tenant.' });
  // Names: the kiosk uses the first of these the tenant applies (startswith, then contains narrowed to a prefix, then eq).
  let nameStrategy: NameStrategy | null = null;
  for (const strategy of NAME_STRATEGIES) {
    const next = NAME_STRATEGIES[NAME_STRATEGIES.indexOf(strategy) + 1];
    const honoured = await kioskFilter(nameClause(nothing, strategy).filter, `device name search (${strategy})`, {
      verdict: 'note',
      text: next ? `The kiosk then tries ${nameClause('…', next).filter}.` : 'Device names cannot be searched on this tenant; serial numbers and e-mail addresses still work.',
    });
    if (honoured) {
      nameStrategy = strategy;
      break;
    }
  }
  nameSearch.strategy = nameStrategy;
  nameSearch.message = nameStrategy
    ? `The kiosk searches device names with ${nameClause('…', nameStrategy).filter}${nameStrategy === 'eq' ? ' (whole names only)' : nameStrategy === 'contains' ? ', keeping names that start with what was typed' : ''}.`
    : 'The kiosk cannot search device names on this tenant.';

  // Reported by Intune users: `userPrincipalName eq` also matching a longer address (Intune-PowerShell-SDK#39).
  const upn = sample?.userPrincipalName;
  if (upn && upn.length > 2) {
    const part = upn.slice(1);
    const answer = await probe(`userPrincipalName eq ${odataString(part)}`);
    const filter = 'userPrincipalName eq (part of an address)';
    checks.push(
      answer.kind === 'device'
        ? { filter, usedFor: 'e-mail search', answer: 'partial', verdict: 'note', message: `${filter}: matches part of an address (a device came back for an existing address without its first letter). The kiosk keeps only exact matches.` }
        : answer.kind === 'empty'
          ? { filter, usedFor: 'e-mail search', answer: 'honoured', verdict: 'ok', message: `${filter}: exact, as documented.` }
          : { filter, usedFor: 'e-mail search', answer: answer.kind === 'refused' ? 'refused' : 'error', verdict: 'note', message: `${filter}: answered HTTP ${answer.status}.` },
    );
  }
  // `or` is not something the kiosk sends (one request per clause), but admins scripting Graph ask about it.
  const name = sample?.deviceName;
  if (name) {
    const answer = await probe(`serialNumber eq ${odataString(nothing)} or deviceName eq ${odataString(name)}`);
    const filter = 'a or b';
    checks.push(
      answer.kind === 'device'
        ? { filter, usedFor: 'nothing (the kiosk sends one request per clause)', answer: 'honoured', verdict: 'ok', message: `${filter}: both clauses count.` }
        : answer.kind === 'empty'
          ? { filter, usedFor: 'nothing (the kiosk sends one request per clause)', answer: 'partial', verdict: 'note', message: `${filter}: a clause is dropped (only the first counts, or "or" acts as "and"); the kiosk does not rely on "or".` }
          : { filter, usedFor: 'nothing (the kiosk sends one request per clause)', answer: answer.kind === 'refused' ? 'refused' : 'error', verdict: 'note', message: `${filter}: answered HTTP ${answer.status}; the kiosk does not rely on "or".` },
    );
  }
  return checks;
}
