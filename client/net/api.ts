/** The one HTTP call the app makes: creating a retro (CONTRACT: POST /api/retros). */
export interface CreatedRetro {
  id: string;
  facilitatorKey: string;
  joinUrl: string;
  facilitatorUrl: string;
}

/** An earlier retro a new one follows up on; its facilitator key proves the right to read it. */
export interface FollowUpOf {
  id: string;
  facilitatorKey: string;
}

export async function createRetro(title: string, fetchImpl: typeof fetch = fetch, followUpOf?: FollowUpOf): Promise<CreatedRetro> {
  const response = await fetchImpl('/api/retros', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(followUpOf ? { title, followUpOf } : { title }),
  });
  if (response.status !== 201) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    if (followUpOf && response.status === 404) throw new Error('The earlier retro was not found: it may have been deleted.');
    if (followUpOf && response.status === 403) throw new Error('That facilitator link does not fit the earlier retro.');
    throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
  }
  return (await response.json()) as CreatedRetro;
}
