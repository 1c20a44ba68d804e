// The folders of src/ and the arrows allowed between them (docs/architecture.md, decision 015).
// Shared by the ESLint rule `rendezvous/layers` and scripts/importGraph.test.ts.

/** Lowest first: a module may import its own layer or a lower one, never a higher one. */
export const LAYERS = ['testing', 'lib', 'api', 'domain', 'db', 'sync', 'ui', 'features', 'app'];

/**
 * The layer of a path relative to the repository root (posix separators), or null outside src/.
 * `src/main.tsx` and any other file at the top of src/ count as app.
 */
export function layerOf(file) {
  const match = /^src\/(?:([^/]+)\/)?/.exec(file);
  if (!match) return null;
  const folder = match[1];
  if (folder === undefined) return 'app';
  return LAYERS.includes(folder) ? folder : 'app';
}

/** The feature folder of a path (`src/features/<name>/…`), or null. */
export function featureOf(file) {
  const match = /^src\/features\/([^/]+)\//.exec(file);
  return match ? match[1] : null;
}

const isTest = (file) => /\.test\.tsx?$/.test(file);

/**
 * Why `from` may not import `to` (both relative to the root), or null when it may:
 * - a lower layer never imports a higher one (lib < api < domain < db < sync < ui < features < app);
 * - a feature imports only its own folder and the layers below features: no feature imports
 *   another feature, nor app/ (composition across features happens in app/);
 * - the one exception: a test may use the renderers of src/app/testing/, which stand in for the
 *   app's own composition (the real SourceProvider with its scheduler).
 */
export function importProblem(from, to) {
  const fromLayer = layerOf(from);
  const toLayer = layerOf(to);
  if (fromLayer === null || toLayer === null) return null;
  if (isTest(from) && to.startsWith('src/app/testing/')) return null;
  if (fromLayer === 'features' && toLayer === 'features') {
    const fromFeature = featureOf(from);
    const toFeature = featureOf(to);
    if (fromFeature !== toFeature) {
      return `features/${fromFeature} may not import features/${toFeature}: a feature imports only its own folder and the shared layers; compose features in src/app (routes, layout) or through props and slots.`;
    }
    return null;
  }
  if (LAYERS.indexOf(toLayer) > LAYERS.indexOf(fromLayer)) {
    return `src/${fromLayer} may not import src/${toLayer}: layers go ${LAYERS.slice(1).join(' < ')}, and a lower layer never imports a higher one.`;
  }
  return null;
}
