import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderHeadersFile, renderRedirectsFile } from './headersFile.ts';
import { hostingRules } from './hostingRules.ts';
import { renderNginxServer } from './nginxConfig.ts';

/**
 * `npm run deploy:config -- [--base /rendezvous/] [--out deploy/generated] [--root /var/www]
 * [--listen 80] [--server-name example.org] [--api <LL2 base URL>]`: nginx.conf, _headers and
 * _redirects from deploy/hostingRules.ts.
 */
const { values } = parseArgs({
  options: {
    base: { type: 'string', default: '/' },
    out: { type: 'string', default: 'deploy/generated' },
    root: { type: 'string', default: '/var/www/rendezvous' },
    listen: { type: 'string', default: '80' },
    'server-name': { type: 'string', default: '_' },
    api: { type: 'string' },
  },
});

try {
  const rules = hostingRules({
    base: values.base,
    apiBaseUrl: values.api ?? process.env.VITE_LL2_API_URL,
  });
  const out = resolve(values.out);
  await mkdir(out, { recursive: true });
  const files: [string, string][] = [
    [
      'nginx.conf',
      renderNginxServer(rules, {
        listen: values.listen,
        serverName: values['server-name'],
        root: values.root,
      }),
    ],
    ['_headers', renderHeadersFile(rules)],
    ['_redirects', renderRedirectsFile(rules)],
  ];
  for (const [name, text] of files) await writeFile(join(out, name), text);
  console.log(`Wrote ${files.map(([name]) => name).join(', ')} to ${out} for base ${rules.base}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
