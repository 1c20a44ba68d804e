import path from 'node:path';
import { importProblem } from './layers.js';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));

/** Every module specifier of a file: imports, re-exports and dynamic imports with a literal. */
function forEachSpecifier(check) {
  const fromSource = (node) => {
    if (node.source && typeof node.source.value === 'string') check(node.source, node.source.value);
  };
  return {
    ImportDeclaration: fromSource,
    ExportNamedDeclaration: fromSource,
    ExportAllDeclaration: fromSource,
    ImportExpression: fromSource,
  };
}

const importExtension = {
  meta: {
    type: 'problem',
    docs: { description: 'Relative imports name the file with its extension (.ts, .tsx, …).' },
    schema: [],
    messages: {
      missing:
        "Relative import '{{specifier}}' has no extension: write the file's own (.ts, .tsx, …), as every relative import here does.",
    },
  },
  create(context) {
    return forEachSpecifier((node, specifier) => {
      if (!specifier.startsWith('.')) return;
      const file = specifier.split('?')[0];
      if (path.posix.extname(file) === '') {
        context.report({ node, messageId: 'missing', data: { specifier } });
      }
    });
  },
};

const layers = {
  meta: {
    type: 'problem',
    docs: {
      description: 'src/ layers and feature boundaries (docs/architecture.md, decision 015).',
    },
    schema: [],
    messages: { crossing: '{{problem}}' },
  },
  create(context) {
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    return forEachSpecifier((node, specifier) => {
      if (!specifier.startsWith('.')) return;
      const target = path.posix.normalize(
        path.posix.join(path.posix.dirname(file), specifier.split('?')[0]),
      );
      const problem = importProblem(file, target);
      if (problem !== null) context.report({ node, messageId: 'crossing', data: { problem } });
    });
  },
};

/** The project's own lint rules. */
export const rendezvousPlugin = {
  meta: { name: 'rendezvous' },
  rules: { 'import-extension': importExtension, layers },
};
