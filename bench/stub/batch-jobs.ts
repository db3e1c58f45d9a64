/** One user as a batch request lists it. */
interface BatchUserInput {
  uuid?: unknown;
  firstName?: unknown;
  lastName?: unknown;
  email?: unknown;
}

/** A finished user-batch job, answered the way the API's job status routes answer. */
interface StoredJob {
  appId: string;
  results: Array<{ status: string; xmppUsername: string; user: Record<string, unknown> }>;
}

/**
 * The stub's user-batch jobs: a POST stores the outcome at once (every user `created`, or `exists`
 * when that uuid was created before), so the first status poll already sees a completed job.
 */
export function createBatchJobs() {
  const jobs = new Map<string, StoredJob>();
  const knownUsers = new Set<string>();
  let nextJob = 1;
  let usersCreated = 0;

  return {
    /** Accepts a batch body (`{ usersList }`) and returns the new job id, or an error message. */
    enqueue(appId: string, body: unknown): { jobId: string } | { error: string } {
      const list = (body as { usersList?: unknown } | null)?.usersList;
      if (!Array.isArray(list) || list.length === 0 || list.length > 100) {
        return { error: 'usersList must hold 1 to 100 users' };
      }
      const results: StoredJob['results'] = [];
      for (const item of list as BatchUserInput[]) {
        if (typeof item?.uuid !== 'string' || item.uuid === '') return { error: 'every user needs a uuid' };
        const xmppUsername = `${appId}_${item.uuid}`;
        const exists = knownUsers.has(xmppUsername);
        knownUsers.add(xmppUsername);
        if (!exists) usersCreated++;
        results.push({
          status: exists ? 'exists' : 'created',
          xmppUsername,
          user: {
            xmppUsername,
            firstName: item.firstName,
            lastName: item.lastName,
            email: item.email,
            appId,
          },
        });
      }
      const jobId = `job-${(nextJob++).toString(16).padStart(8, '0')}`;
      jobs.set(jobId, { appId, results });
      return { jobId };
    },
    /** The status body of a job, or undefined when the id is unknown. */
    status(appId: string, jobId: string): Record<string, unknown> | undefined {
      const job = jobs.get(jobId);
      if (!job || job.appId !== appId) return undefined;
      return { jobId, state: 'completed', result: { results: job.results } };
    },
    /** Users created since the last reset. */
    usersCreated(): number {
      return usersCreated;
    },
    /** Forgets every job and user. */
    reset(): void {
      jobs.clear();
      knownUsers.clear();
      usersCreated = 0;
    },
  };
}

/** The stub's job store. */
export type BatchJobs = ReturnType<typeof createBatchJobs>;
