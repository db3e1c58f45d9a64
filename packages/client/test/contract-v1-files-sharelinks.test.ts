import { describe, expect, it } from 'vitest';
import { userClient } from './support/prism-clients.js';

/** Builds the multipart body: one `files` part per named file. */
function toForm(files: string | string[]): FormData {
  const form = new FormData();
  for (const name of Array.isArray(files) ? files : [files]) {
    form.append('files', new Blob(['%PDF-1.7'], { type: 'application/pdf' }), name);
  }
  return form;
}

describe('v1 files routes against the Prism mock', () => {
  it('uploads a file as multipart/form-data and returns its stored location', async () => {
    const { fetch, client } = userClient();
    const { data, error } = await client.POST('/v1/files/', {
      body: { files: 'report.pdf' },
      bodySerializer: (body) => toForm(body.files),
    });
    expect(error).toBeUndefined();
    expect(data?.success).toBe(true);
    expect(data?.results[0]?.location).toMatch(/^https:\/\//);
    expect(fetch.last().headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('uploads several files as repeated `files` parts', async () => {
    const { fetch, client } = userClient();
    const { data, error } = await client.POST('/v1/files/', {
      body: { files: ['report.pdf', 'appendix.pdf'] },
      bodySerializer: (body) => toForm(body.files),
    });
    expect(error).toBeUndefined();
    expect(data?.results.length).toBeGreaterThan(0);
    expect(fetch.last().body).toEqual(expect.stringContaining('filename="appendix.pdf"'));
  });

  it('lists files one page at a time', async () => {
    const { fetch, client } = userClient();
    const { data, error } = await client.GET('/v1/files/', { params: { query: { limit: 10, offset: 20 } } });
    expect(error).toBeUndefined();
    expect(typeof data?.total).toBe('number');
    expect(data?.items[0]?._id).toMatch(/^[0-9a-f]{24}$/);
    expect(fetch.last().url.search).toBe('?limit=10&offset=20');
  });
});

describe('v1 sharelinks routes against the Prism mock', () => {
  it('creates a share link and returns its token', async () => {
    const { fetch, client } = userClient();
    const body = { resource: 'profile', expiration: -1, memo: 'For the hiring team' };
    const { data, error } = await client.POST('/v1/sharelink', { body });
    expect(error).toBeUndefined();
    expect(typeof data?.sharelinkData.token).toBe('string');
    expect(data?.sharelinkData.resource).toBe('profile');
    expect(fetch.last().body).toEqual(body);
  });

  it('lists the share links of the user', async () => {
    const { client } = userClient();
    const { data, error } = await client.GET('/v1/sharelink/');
    expect(error).toBeUndefined();
    expect(data?.items.length).toBeGreaterThan(0);
  });
});
