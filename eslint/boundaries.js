import path from 'node:path';

/**
 * One-way imports, checked on resolved paths (relative and `@/` alike):
 *   api <- server;  api <- web/lib <- web/components <- web/features <- web/app
 * A feature never imports another feature; what two features share moves down to web/lib or web/components.
 * A relative import stays inside its own unit; anything further goes through `@/`.
 */
const SRC = path.resolve(import.meta.dirname, '..', 'src');

/** The unit a file belongs to, e.g. `api`, `server/proxy`, `web/lib`, `web/features/timeline`. */
function unitOf(file) {
  const rel = path.relative(SRC, file).split(path.sep);
  if (rel[0] === '..' || rel.length < 2) return undefined;
  if (rel[0] === 'api') return 'api';
  if (rel[0] === 'web' && rel[1] === 'features' && rel.length > 3) return `web/features/${rel[2]}`;
  return rel.length > 2 ? `${rel[0]}/${rel[1]}` : rel[0];
}

/** Units each layer may import, besides itself. */
function allowed(from, to) {
  if (from === to) return true;
  const [fromArea] = from.split('/');
  if (to === 'api') return true;
  if (from === 'api') return false;
  if (fromArea === 'server') return to.startsWith('server');
  if (to.startsWith('server')) return false;
  if (from === 'web/lib') return to === 'web/lib';
  if (from === 'web/components') return to === 'web/lib' || to === 'web/components';
  if (from.startsWith('web/features/')) return to === 'web/lib' || to === 'web/components';
  // web/app and web/main.tsx compose everything in the browser.
  return to.startsWith('web');
}

function resolveSpecifier(spec, file) {
  if (spec.startsWith('@/')) return path.join(SRC, spec.slice(2));
  if (spec.startsWith('.')) return path.resolve(path.dirname(file), spec);
  return undefined;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the one-way layering of src/ (see eslint/boundaries.js)' },
    messages: {
      layer:
        '{{from}} must not import {{to}}: imports flow api <- server and api <- web/lib <- web/components <- web/features <- web/app.',
      feature:
        'Features do not import each other ({{from}} -> {{to}}); move what they share to web/lib or web/components.',
      relative: 'This import leaves {{from}}; write it as "@/{{target}}".',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = unitOf(file);
    if (!from) return {};
    function check(node) {
      const spec = node.source?.value;
      if (typeof spec !== 'string') return;
      const target = resolveSpecifier(spec, file);
      if (!target) return;
      const to = unitOf(target);
      if (!to) return;
      if (!allowed(from, to)) {
        const bothFeatures = from.startsWith('web/features/') && to.startsWith('web/features/');
        context.report({
          node: node.source,
          messageId: bothFeatures ? 'feature' : 'layer',
          data: { from, to },
        });
      } else if (spec.startsWith('.') && to !== from) {
        const rel = path.relative(SRC, target).split(path.sep).join('/');
        context.report({ node: node.source, messageId: 'relative', data: { from, target: rel } });
      }
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const boundaries = { rules: { layers: rule } };
