import { demo } from './demo';
import { facebook } from './facebook';
import { instagram } from './instagram';
import type { SiteAdapter } from './types';
import { x } from './x';

export const adapters: readonly SiteAdapter[] = [x, facebook, instagram, demo];

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** The adapter for a page: by host on the real sites, by path on local demo and fixture pages. */
export function adapterFor(location: { hostname: string; pathname: string }): SiteAdapter | undefined {
  const host = location.hostname;
  const byHost = adapters.find((adapter) =>
    adapter.hosts.some((name) => host === name || host.endsWith('.' + name)),
  );
  if (byHost || !LOCAL_HOSTS.has(host)) return byHost;
  return adapters.find((adapter) => adapter.localPaths.some((path) => location.pathname.startsWith(path)));
}
