import { expect, type Page } from '@playwright/test';
import { PHASE_LABELS, PHASES, type Phase } from '../../../shared/domain/values.ts';

/** What a person does in the room, in the words the UI uses (labels and roles, not CSS). */

/** The phase headings, in order: the app's own labels, so a renamed phase needs no change here. */
export type PhaseHeading = (typeof PHASE_LABELS)[Phase];
export const PHASE_HEADINGS: readonly PhaseHeading[] = PHASES.map((phase) => PHASE_LABELS[phase]);

export function phaseHeading(page: Page) {
  return page.locator('#phase-heading');
}

/** The facilitator presses "Next" until the room is in `phase`; everyone else follows. */
export async function facilitatorGoesTo(page: Page, phase: PhaseHeading): Promise<void> {
  const target = PHASE_HEADINGS.indexOf(phase);
  for (;;) {
    const current = PHASE_HEADINGS.indexOf((await phaseHeading(page).textContent()) as PhaseHeading);
    if (current === target) return;
    const next = PHASE_HEADINGS[current + 1];
    await page.getByRole('button', { name: new RegExp(`^Next: ${next}`) }).click();
    await expect(phaseHeading(page)).toHaveText(next);
  }
}

export interface CardInput {
  text: string;
  /** Local time for the datetime-local input, e.g. 2025-03-04T14:05. */
  time?: string;
  marker?: 'Impact started' | 'Detected' | 'Acknowledged' | 'Mitigated' | 'Resolved';
}

export async function addTimelineCard(page: Page, card: CardInput): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a timeline card' });
  await form.getByLabel('What happened?').fill(card.text);
  if (card.time) await form.getByLabel('Time (local, optional)').fill(card.time);
  if (card.marker) await form.getByLabel('Marker (optional)').selectOption({ label: card.marker });
  await form.getByRole('button', { name: 'Add card' }).click();
  await expect(form.getByLabel('What happened?')).toHaveValue('');
}

export function timelineCards(page: Page) {
  return page.getByTestId('timeline-card');
}

export function cardWithText(page: Page, text: string) {
  return page.getByTestId('card-text').filter({ hasText: text });
}

export interface FactorInput {
  text: string;
  category?: string;
  prompt?: 'What made this hard?' | 'Why were we surprised?' | 'Where did we get lucky?';
}

export async function addFactor(page: Page, factor: FactorInput): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a contributing factor' });
  if (factor.prompt) await form.getByLabel(factor.prompt).check();
  await form.getByLabel('Contributing factor').fill(factor.text);
  if (factor.category) await form.getByLabel('Category').selectOption({ label: factor.category });
  await form.getByRole('button', { name: 'Add factor' }).click();
  await expect(form.getByLabel('Contributing factor')).toHaveValue('');
}

export function factorWithText(page: Page, text: string) {
  return page.getByTestId('factor-text').filter({ hasText: text });
}

export async function vote(page: Page, factorText: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.getByRole('button', { name: `Vote for: ${factorText}` }).click();
}
