// Redocly plugin for the spec's provenance extensions (see the "Provenance" section of ethora.yaml):
// - rule `ethora/operation-provenance`: every operation says where it comes from
//   (`x-ethora-source`) and lists what it assumes beyond that (`x-ethora-assumptions`);
// - decorator `ethora/render-provenance`: appends both to the operation's description in the
//   bundle, so the API reference, Prism and the generated doc comments show them.

const SOURCES = {
  vendor: "Source: the vendor's published 2025-12 OpenAPI document.",
  observed:
    'Source: observed (the fact sheet: client code, live monitors and documentation that call this route).',
  inferred: 'Source: inferred by us; see the assumptions.',
};

function OperationProvenance() {
  return {
    Operation(operation, { report, location }) {
      const source = operation['x-ethora-source'];
      if (!Object.hasOwn(SOURCES, source)) {
        report({
          message: `x-ethora-source must be one of ${Object.keys(SOURCES).join(', ')}.`,
          location: location.child('x-ethora-source').key(),
        });
      }
      const assumptions = operation['x-ethora-assumptions'];
      if (assumptions === undefined) {
        if (source === 'inferred') {
          report({
            message: 'An inferred operation lists what it assumes in x-ethora-assumptions.',
            location: location.key(),
          });
        }
        return;
      }
      const valid =
        Array.isArray(assumptions) &&
        assumptions.length > 0 &&
        assumptions.every((text) => typeof text === 'string' && text.trim() !== '') &&
        new Set(assumptions).size === assumptions.length;
      if (!valid) {
        report({
          message: 'x-ethora-assumptions is a non-empty list of distinct, non-empty sentences.',
          location: location.child('x-ethora-assumptions'),
        });
      }
    },
  };
}

/** The text the decorator appends to an operation's description. */
export function provenanceText(operation) {
  const lines = [SOURCES[operation['x-ethora-source']] ?? ''];
  const assumptions = operation['x-ethora-assumptions'] ?? [];
  if (assumptions.length > 0) {
    lines.push('', 'Assumptions (not attested by a source):', ...assumptions.map((text) => `- ${text}`));
  }
  return lines.join('\n');
}

function RenderProvenance() {
  return {
    Operation: {
      leave(operation) {
        if (!operation['x-ethora-source']) return;
        const text = provenanceText(operation);
        const description = operation.description?.trimEnd();
        operation.description = description ? `${description}\n\n${text}` : text;
      },
    },
  };
}

export default function provenancePlugin() {
  return {
    id: 'ethora',
    rules: { oas3: { 'operation-provenance': OperationProvenance } },
    decorators: { oas3: { 'render-provenance': RenderProvenance } },
  };
}
