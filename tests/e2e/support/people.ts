import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** The server the tests run against (started by globalSetup). */
export function serverUrl(): string {
  const url = process.env.DEBRIEF_URL;
  if (!url) throw new Error('DEBRIEF_URL is not set: run through playwright.config.ts (globalSetup starts the server).');
  return url;
}

export interface Person {
  context: BrowserContext;
  page: Page;
  /** Every request this person's browser made to another origin: must stay empty. */
  foreignRequests: string[];
}

/** One person = one browser context: their own localStorage, so their own anonymous identity. */
export interface PersonOptions {
  clipboard?: boolean;
  /** Another server than the shared one (a test that restarts its own). */
  baseURL?: string;
  /** A screen size, e.g. PHONE; the browser's default (a laptop) without it. */
  viewport?: { width: number; height: number };
}

/** A phone held upright (an iPhone 12–15 sized screen). */
export const PHONE = { width: 390, height: 844 };

export async function newPerson(browser: Browser, options: PersonOptions = {}): Promise<Person> {
  const baseURL = options.baseURL ?? serverUrl();
  const context = await browser.newContext({ baseURL, ...(options.viewport ? { viewport: options.viewport, isMobile: true, hasTouch: true } : {}) });
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  // Self-hosted means self-contained: the page may load nothing from any other origin.
  const foreignRequests: string[] = [];
  const own = new URL(baseURL).origin;
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== own) foreignRequests.push(request.url());
  });
  const page = await context.newPage();
  return { context, page, foreignRequests };
}

export interface StartedRetro extends Person {
  retroId: string;
  joinUrl: string;
}

/** From the start page to the facilitator's room. */
export async function startRetro(browser: Browser, title: string, options: PersonOptions = {}): Promise<StartedRetro> {
  const person = await newPerson(browser, options);
  const { page } = person;
  await page.goto('/');
  await page.getByLabel('Retro title').fill(title);
  await page.getByRole('button', { name: 'Start a retro' }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]+#key=/);
  await expectLive(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const joinUrl = await page.getByTestId('join-link').inputValue();
  const retroId = new URL(joinUrl).pathname.split('/').pop()!;
  return { ...person, retroId, joinUrl };
}

/** A participant opening the join link. */
export async function joinRetro(browser: Browser, joinUrl: string, options: PersonOptions = {}): Promise<Person> {
  const person = await newPerson(browser, options);
  await person.page.goto(joinUrl);
  await expectLive(person.page);
  await expect(person.page.getByText('Anonymous participant')).toBeVisible();
  return person;
}

export async function expectLive(page: Page): Promise<void> {
  await expect(page.getByTestId('connection-status')).toHaveText('Live');
}

export async function closeAll(...people: Person[]): Promise<void> {
  await Promise.all(people.map((person) => person.context.close()));
}
