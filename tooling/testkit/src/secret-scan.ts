import { inspect } from 'node:util';

const JWT_SHAPE = /eyJ[\w-]+\.[\w-]+\.[\w-]*/;

/** Every rendering of an error a log pipeline or an error tracker might produce, causes included. */
export function errorRenderings(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth++) {
    out.push(
      String(current),
      inspect(current, { depth: Number.POSITIVE_INFINITY }),
      JSON.stringify(current) ?? '',
    );
    if (current instanceof Error) out.push(current.message, current.stack ?? '');
    current = (current as { cause?: unknown }).cause;
  }
  return out;
}

/** What a log pipeline might write for the arguments of one log call. */
export function logArgumentRenderings(args: readonly unknown[]): string[] {
  return [inspect(args, { depth: Number.POSITIVE_INFINITY }), JSON.stringify(args)];
}

/** The places where one of `secrets` or anything shaped like a JWT shows up in `texts`. */
export function findLeaks(texts: readonly string[], secrets: readonly string[], where: string): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const secret of secrets) if (text.includes(secret)) found.push(`${where}: secret material`);
    const jwt = JWT_SHAPE.exec(text);
    if (jwt) found.push(`${where}: JWT ${jwt[0].slice(0, 12)}…`);
  }
  return found;
}
