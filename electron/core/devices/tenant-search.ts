// Finds devices in Intune one `$filter` clause per request, side by side, and learns which name filters this tenant
// drops (DESIGN.md §5): a dropped filter answers with the whole tenant, 1,000 devices a page, so it is stopped at once.
// A clause Intune does not answer in full is named in the result, so that "no device found" is never a guess.
import type { Device, SearchKind, UnansweredClause } from '../contract';
import { KioskFailure } from '../errors';
import type { GraphClient } from '../graph/client';
import { DEVICE_FIELDS, parseDeviceSummary } from './graph-device';
import {
  matchesQuery,
  nameClause,
  NAME_STRATEGIES,
  rankMatches,
  serialClause,
  serialsFor,
  userClause,
  type FilterClause,
  type NameStrategy,
} from './search';

export interface TenantSearchOptions {
  graph: GraphClient;
  pageSize: number;
  /** List requests one search may send, all clauses and pages together. */
  maxListRequests: number;
  log: (line: string) => void;
}

export interface TenantSearchResult {
  devices: Device[];
  /** How device names were searched: by their start, or (this tenant cannot) only in full. */
  nameSearch?: 'prefix' | 'exact';
  /** The clauses Intune did not answer in full. */
  incomplete?: UnansweredClause[];
}

type ClauseOutcome = 'done' | 'refused' | UnansweredClause['reason'];

export class TenantSearch {
  readonly #options: TenantSearchOptions;
  /** Name filters this tenant turned out to drop or refuse; remembered while the kiosk runs. */
  readonly #unsupported = new Set<NameStrategy>();

  constructor(options: TenantSearchOptions) {
    this.#options = options;
  }

  /** `search` is this search's own controller: a clause that fails aborts the others through it. */
  async find(query: string, kinds: readonly SearchKind[], controller: AbortController): Promise<TenantSearchResult> {
    const found = new Map<string, Device>();
    const search: Search = {
      query,
      requestsLeft: this.#options.maxListRequests,
      // Every clause may bring back devices of other clauses (or of none): each is checked against the whole query.
      keep: (devices) => {
        for (const d of devices) if (!found.has(d.id) && matchesQuery(d, query, kinds)) found.set(d.id, d);
      },
      signal: controller.signal,
    };
    let nameSearch: TenantSearchResult['nameSearch'];
    const clauses: Promise<UnansweredClause | null>[] = [];
    const ask = (kind: SearchKind, value: string, outcome: Promise<ClauseOutcome>) =>
      clauses.push(outcome.then((o) => (o === 'unfiltered' || o === 'tooManyPages' ? { kind, value, reason: o } : null)));
    // An Apple label's S-prefixed code is also searched as the serial it holds, in the same search.
    if (kinds.includes('serial')) for (const serial of serialsFor(query)) ask('serial', serial, this.#run(serialClause(serial), search));
    if (kinds.includes('user')) ask('user', query, this.#run(userClause(query), search));
    if (kinds.includes('name')) {
      const names = this.#searchNames(search).then(({ how, outcome }) => {
        nameSearch = how;
        return outcome;
      });
      ask('name', query, names);
    }
    let incomplete: UnansweredClause[];
    try {
      incomplete = (await Promise.all(clauses)).filter((c) => c !== null);
    } catch (err) {
      // One clause failed: the answer would be incomplete, so the others stop too.
      controller.abort();
      throw err;
    }
    for (const { kind, reason } of incomplete) this.#options.log(`search: Intune did not complete the ${kind} clause (${reason}), and the result says so`);
    const devices = rankMatches([...found.values()], query);
    return { devices, ...(nameSearch && { nameSearch }), ...(incomplete.length > 0 && { incomplete }) };
  }

  /** The best name filter this tenant applies; one that comes back unfiltered (or refused) gives way to the next. */
  async #searchNames(search: Search): Promise<{ how: 'prefix' | 'exact'; outcome: ClauseOutcome }> {
    for (const strategy of NAME_STRATEGIES) {
      if (strategy === 'eq' || this.#unsupported.has(strategy)) continue;
      const outcome = await this.#run(nameClause(search.query, strategy), search, true);
      // Too many pages is no sign of a dropped filter: another strategy would page through the same devices.
      if (outcome === 'done' || outcome === 'tooManyPages') return { how: 'prefix', outcome };
      this.#unsupported.add(strategy);
      this.#options.log(`search: this tenant ${outcome === 'refused' ? 'refuses' : 'ignores'} ${strategy}(deviceName); searching names another way from now on`);
    }
    return { how: 'exact', outcome: await this.#run(nameClause(search.query, 'eq'), search) };
  }

  async #run(clause: FilterClause, search: Search, refusalIsUnsupported = false): Promise<ClauseOutcome> {
    const params = [
      `$filter=${encodeURIComponent(clause.filter)}`,
      `$select=${DEVICE_FIELDS.join(',')}`,
      `$top=${this.#options.pageSize}`,
    ].join('&');
    let link: string | undefined = `/deviceManagement/managedDevices?${params}`;
    // Kept once the clause is answered in full, or has filtered pages past what one search may ask for (those matches
    // are true, beside the note that there may be more): what an unfiltered answer happened to hold is not the truth.
    const answered: Device[] = [];
    while (link !== undefined) {
      if (search.requestsLeft === 0) {
        search.keep(answered);
        return 'tooManyPages';
      }
      search.requestsLeft--;
      let body: unknown;
      try {
        body = await this.#options.graph.get(link, search.signal);
      } catch (err) {
        if (refusalIsUnsupported && err instanceof KioskFailure && err.httpStatus === 400) return 'refused';
        throw err;
      }
      const page = readPage(body);
      const devices = page.value.map(parseDeviceSummary).filter((d): d is Device => d !== null);
      const full = page.nextLink !== undefined || page.value.length >= this.#options.pageSize;
      // A full page with devices the filter could not have returned: the tenant dropped it and is sending everything.
      if (full && devices.some((d) => !clause.filtered(d))) return 'unfiltered';
      answered.push(...devices);
      link = page.nextLink;
    }
    search.keep(answered);
    return 'done';
  }
}

interface Search {
  query: string;
  requestsLeft: number;
  keep: (devices: readonly Device[]) => void;
  signal: AbortSignal;
}

function readPage(body: unknown): { value: unknown[]; nextLink: string | undefined } {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { value?: unknown }).value)) {
    throw new KioskFailure('graph_error', { id: 'unreadable', what: 'deviceList' });
  }
  const { value, '@odata.nextLink': next } = body as { value: unknown[]; '@odata.nextLink'?: unknown };
  return { value, nextLink: typeof next === 'string' && next !== '' ? next : undefined };
}
