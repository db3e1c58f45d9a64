import { BUDGET_GZIP_BYTES, type BundleSize, measureBundle } from './bundle-size.js';

// CI's size check: prints the figures and exits 1 when a bundle outgrows its budget.

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

function line(size: BundleSize, budget: number): string {
  const verdict = size.gzipped <= budget ? 'ok' : 'OVER BUDGET';
  const parts = Object.entries(size.byPackage)
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => `${name} ${kb(bytes)}`)
    .join(', ');
  return (
    `${size.label}: ${kb(size.gzipped)} gzipped (budget ${kb(budget)}, ${verdict}); ` +
    `${kb(size.minified)} minified [${parts}]`
  );
}

const sizes = await measureBundle();
const over =
  sizes.withoutJose.gzipped > BUDGET_GZIP_BYTES.withoutJose ||
  sizes.withJose.gzipped > BUDGET_GZIP_BYTES.withJose;
process.stdout.write(
  `Bundle size of @ethora/sdk with @ethora/client (esbuild, platform node, minified, gzip -9)\n` +
    `${line(sizes.withoutJose, BUDGET_GZIP_BYTES.withoutJose)}\n` +
    `${line(sizes.withJose, BUDGET_GZIP_BYTES.withJose)}\n` +
    `(for information) ${sizes.repositoryOnly.label}: ${kb(sizes.repositoryOnly.gzipped)} gzipped\n`,
);
if (over) {
  process.stderr.write(
    'The bundle outgrew its budget: shrink it, or raise BUDGET_GZIP_BYTES in bench/bundle-size.ts with a reason.\n',
  );
  process.exit(1);
}
