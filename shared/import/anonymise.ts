/**
 * Imported text never names anyone (BLAMELESS): user ids, `@mentions` and e-mail addresses
 * become "someone" before a card is even previewed, so a name cannot reach the retro by import.
 */

const SLACK_USER = /<@[A-Z0-9]+(?:\|[^>]*)?>/g;
const SLACK_GROUP = /<!subteam\^[A-Z0-9]+(?:\|[^>]*)?>/g;
const SLACK_BROADCAST = /<!(?:here|channel|everyone)(?:\|[^>]*)?>/g;
const SLACK_CHANNEL = /<#[A-Z0-9]+(?:\|([^>]*))?>/g;
const SLACK_LINK = /<((?:https?|mailto):[^|>\s]+)(?:\|([^>]*))?>/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** `@name`, `@first.last`, `@team-oncall` — but not the `@` inside a word or an address. */
const MENTION = /(^|[^\w@.])@[\w][\w-]*(?:\.[\w-]+)*/g;
/** IRC-style speaker at the start of a message: `<alex> restarted the pod`. */
const IRC_SPEAKER = /^<[^<>\s]{1,40}>\s*/;

/** Slack's own markup (already decoded to text) with people replaced. */
export function fromSlackMarkup(text: string): string {
  return anonymise(
    text
      .replace(SLACK_USER, 'someone')
      .replace(SLACK_GROUP, 'someone')
      .replace(SLACK_BROADCAST, 'everyone')
      .replace(SLACK_CHANNEL, (_all, name: string | undefined) => (name ? `#${name}` : 'a channel'))
      .replace(SLACK_LINK, (_all, url: string, label: string | undefined) =>
        url.startsWith('mailto:') ? 'someone' : label && label !== url ? `${label} (${url})` : url,
      )
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

/** Plain text with every mention, e-mail address and leading IRC speaker replaced or dropped. */
export function anonymise(text: string): string {
  return text
    .replace(IRC_SPEAKER, '')
    .replace(SLACK_USER, 'someone')
    .replace(EMAIL, 'someone')
    .replace(MENTION, (_all, before: string) => `${before}someone`);
}
