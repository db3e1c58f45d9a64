import { EthoraConfigError } from '@ethora/client';

const VERSION_SEGMENT = /(^|\/)v[12](\/|$)/i;

/** Validates an API base URL and returns it without a trailing slash; `label` names the option or variable. */
export function normalizeApiUrl(value: unknown, label: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new EthoraConfigError(
      label,
      `${label} is required: the Ethora API origin, e.g. https://api.chat.ethora.com.`,
    );
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new EthoraConfigError(
      label,
      `${label} must be an absolute http(s) URL such as https://api.chat.ethora.com.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new EthoraConfigError(label, `${label} must use http or https, not ${url.protocol.slice(0, -1)}.`);
  }
  // Credentials in the URL would leak into logs; the URL is not echoed back for the same reason.
  if (url.username !== '' || url.password !== '') {
    throw new EthoraConfigError(label, `${label} must not contain credentials (user:password@).`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new EthoraConfigError(label, `${label} must not contain a query string or a fragment.`);
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (VERSION_SEGMENT.test(path)) {
    throw new EthoraConfigError(
      label,
      `${label} must be the API origin without a version path: use ${url.origin}, not ${url.origin}${path}; ` +
        'each call adds /v1 or /v2 itself.',
    );
  }
  return `${url.origin}${path}`;
}
