import { siteOfHost, SITES, type Site } from '../../../utils/sites';
import { demo } from './demo';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { messenger } from './messenger';
import type { SiteAdapter } from './types';
import { x } from './x';

/** One adapter per site in utils/sites.ts, under its own id: a site without one does not compile. */
const SITE_ADAPTERS: { [S in Site]: SiteAdapter<S> } = { x, instagram, facebook, messenger };

export const adapters: readonly SiteAdapter[] = [...SITES.map((site) => SITE_ADAPTERS[site.id]), demo];

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** The adapter for a page: by host on the real sites, by path on local demo and fixture pages. */
export function adapterFor(location: { hostname: string; pathname: string }): SiteAdapter | undefined {
  const site = siteOfHost(location.hostname);
  if (site) return SITE_ADAPTERS[site];
  if (!LOCAL_HOSTS.has(location.hostname)) return undefined;
  return adapters.find((adapter) => adapter.localPaths.some((path) => location.pathname.startsWith(path)));
}
