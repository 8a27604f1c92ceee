/** The one HTTP call the app makes: creating a retro (CONTRACT: POST /api/retros). */
export interface CreatedRetro {
  id: string;
  facilitatorKey: string;
  joinUrl: string;
  facilitatorUrl: string;
}

export async function createRetro(title: string, fetchImpl: typeof fetch = fetch): Promise<CreatedRetro> {
  const response = await fetchImpl('/api/retros', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
  }
  return (await response.json()) as CreatedRetro;
}
