/**
 * The JSON Schema of what a user writes in `.brandlintrc.yaml` — the one
 * source of truth for validation and for editors. The published file,
 * schema/brandlint.schema.json, is `kitSchema()` written out by
 * test/config/schema.test.ts (a stale copy fails that test).
 *
 * Every property carries a `description` because editors show it on hover
 * and in completion lists. `patternErrorMessage` is the VS Code keyword for
 * a readable pattern failure; brandlint phrases its own errors with it too.
 */
import { CHANNELS, ROLES } from '../documents/types.js';
import { compareText } from '../text/compare.js';
import type { OVERRIDABLE_SECTIONS } from './types.js';
import { EXPECTABLE_FACTS, LIMITED_ROLES } from './types.js';

export interface JsonSchema {
  $schema?: string;
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  additionalItems?: boolean;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  enum?: readonly unknown[];
  pattern?: string;
  patternErrorMessage?: string;
  oneOf?: JsonSchema[];
  examples?: unknown[];
}

/** A rule's options schema, as the rule module declares it. */
export type RuleOptionsSchema = Record<string, unknown>;

/** Rule id → its options schema (`undefined` for a rule without options). */
export type KnownRules = ReadonlyMap<string, RuleOptionsSchema | undefined> | Readonly<Record<string, RuleOptionsSchema | undefined>>;

export const SEVERITIES = ['error', 'warn', 'off'] as const;
export const PLATFORMS = ['x', 'linkedin', 'instagram', 'threads', 'bluesky', 'facebook', 'mastodon', 'tiktok'] as const;
const CONTRACTION_POLICIES = ['prefer', 'avoid', 'either'] as const;
const SPELLING_LOCALES = ['en-US', 'en-GB'] as const;
const HASHTAG_CASES = ['camel', 'lower', 'any'] as const;
const TRADEMARK_SIGNS = ['™', '®', '℠'] as const;
const BILLING_PERIODS = ['month', 'year', 'week', 'day', 'once'] as const;
const WEEK_STARTS = ['monday', 'sunday'] as const;
const UTM_PARAMETERS = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'utm_id',
  'utm_source_platform',
  'utm_creative_format',
  'utm_marketing_tactic',
] as const;

const HASHTAG: JsonSchema = { pattern: '^#\\S+$', patternErrorMessage: 'must be a hashtag starting with #' };
const RULE_ID_PATTERN = '^(lexicon|tone|messaging|channel|drift|programme)/[a-z0-9]+(-[a-z0-9]+)*$';

// ---------------------------------------------------------------- building blocks

function text(description: string, extra: JsonSchema = {}): JsonSchema {
  return { type: 'string', minLength: 1, description, ...extra };
}

function flag(description: string): JsonSchema {
  return { type: 'boolean', description };
}

/** true, false, or "full": a check with a curated default and its whole list on request. */
function flagOrFull(description: string): JsonSchema {
  return { enum: [true, false, 'full'], description };
}

function count(description: string, minimum = 0): JsonSchema {
  return { type: 'integer', minimum, description };
}

function ratio(description: string): JsonSchema {
  return { type: 'number', minimum: 0, maximum: 1, description };
}

function oneOfValues(values: readonly string[], description: string): JsonSchema {
  return { type: 'string', enum: values, description };
}

function list(items: JsonSchema, description: string, extra: JsonSchema = {}): JsonSchema {
  return { type: 'array', items, description, ...extra };
}

function textList(description: string, itemDescription: string): JsonSchema {
  return list(text(itemDescription), description);
}

/** One value or a list of them: `files: "a/**"` is `files: ["a/**"]`. */
function oneOrMore(item: JsonSchema, description: string): JsonSchema {
  return { description, oneOf: [{ ...item, description }, list(item, description)] };
}

function section(description: string, properties: Record<string, JsonSchema>, required?: string[]): JsonSchema {
  return { type: 'object', description, properties, additionalProperties: false, ...(required ? { required } : {}) };
}

function dictionary(values: JsonSchema, description: string, keys?: JsonSchema): JsonSchema {
  return { type: 'object', description, additionalProperties: values, ...(keys ? { propertyNames: keys } : {}) };
}

/** Exactly one of two keys, e.g. `phrase` or `pattern`. */
function eitherKey(first: string, second: string): JsonSchema[] {
  return [{ required: [first] }, { required: [second] }];
}

function lengthRange(what: string): JsonSchema {
  return section(`Length of ${what} in characters.`, {
    min: count(`Fewest characters ${what} may have.`),
    max: count(`Most characters ${what} may have.`, 1),
  });
}

const severity = oneOfValues(SEVERITIES, 'error fails the run, warn reports without failing, off turns the check off.');
const channel = oneOfValues(CHANNELS, 'A channel: email, web, social or call.');
const pattern = (description: string): JsonSchema =>
  text(`${description} A JavaScript regular expression, matched case-insensitively with the u flag; refused when it could backtrack catastrophically.`);

// ---------------------------------------------------------------- files

const files = section('Which files are linted and which channel each belongs to.', {
  include: oneOrMore(
    text('A glob, relative to this kit file.'),
    'Globs of files to lint when a directory is given. Default: every content extension (html, htm, eml, md, mdx, markdown, txt, csv, json, yaml, yml, docx).',
  ),
  ignore: oneOrMore(text('A glob, relative to this kit file.'), 'Globs never linted, on top of .brandlintignore, node_modules and .git.'),
  routes: list(
    section(
      'A route: files matching `glob` belong to `channel`.',
      {
        glob: text('Glob relative to this kit file, e.g. "emails/**".'),
        channel: { ...channel, description: 'The channel of the matching files.' },
        platform: oneOfValues(PLATFORMS, 'Default social platform of posts in the matching files.'),
      },
      ['glob', 'channel'],
    ),
    'Routing of files to channels; the first matching glob wins, before front matter and file extension.',
  ),
  speakers: section('Speaker labels in call scripts ("AGENT:", "CUSTOMER:"), matched in any case.', {
    agent: textList('Labels of the agent, whose lines are held to the brand.', 'A speaker label, e.g. AGENT.'),
    customer: textList('Labels of the other party, whose lines are context only.', 'A speaker label, e.g. CUSTOMER.'),
  }),
  maxFileMB: count('Megabytes a file may have to be read; a larger one is reported unreadable. Default: 16.', 1),
  maxUnzippedMB: count('Megabytes a Word document (.docx) may unzip to; a larger one is reported unreadable. Default: 64.', 1),
});

// ---------------------------------------------------------------- lexicon

const nameEntry: JsonSchema = {
  description: 'A protected name: a string, or a map with the name and its settings.',
  oneOf: [
    text('The exact spelling and case of the name, e.g. "Acme Cloud".'),
    section(
      'A protected name with its settings.',
      {
        name: text('The exact spelling and case, e.g. "Acme Cloud".'),
        trademark: oneOfValues(TRADEMARK_SIGNS, 'Sign the first mention in a document must carry.'),
        allow: textList('Other spellings that are correct too; never reported.', 'An accepted spelling.'),
        nearMisses: flag('Report near-misses: other case, joined, split or hyphenated forms, one-letter typos. Default: true.'),
      },
      ['name'],
    ),
  ],
};

const PARTS_OF_SPEECH = ['verb', 'noun', 'adjective'] as const;

function termEntry(description: string, required = ['use', 'insteadOf']): JsonSchema {
  return section(
    description,
    {
      use: text('The word or phrase to write, e.g. "buy".'),
      insteadOf: oneOrMore(text('A word or phrase to replace.'), 'The words or phrases to replace, e.g. [purchase].'),
      forms: dictionary(text('The form to write.'), 'Irregular inflected pairs, e.g. { purchased: bought }; regular -s, -ed and -ing forms are derived.'),
      inflect: flag('Derive regular inflections (-s, -ed, -ing). Default: true.'),
      caseSensitive: flag('Match case exactly instead of any case. Default: false.'),
      exceptions: textList('Phrases in which the word is fine, e.g. [cash register, registered business] (inflections match too).', 'A phrase.'),
      partOfSpeech: oneOfValues(PARTS_OF_SPEECH, 'Match the word only as this part of speech, e.g. verb: "purchase a plan" but not "every purchase".'),
      reason: text('Why, shown with the finding.'),
      severity: { ...severity, description: 'Severity of this entry, overriding the rule’s.' },
    },
    required,
  );
}

const segmentEntry: JsonSchema = {
  description: 'A segment, plan or audience: its name, or a map with the name to `use` and the names it replaces.',
  oneOf: [text('The name of the segment, e.g. "trial users".'), termEntry('A segment name: write `use` instead of `insteadOf`.', ['use'])],
};

const bannedEntry: JsonSchema = {
  description: 'A banned word or phrase: a string, or a map with a phrase or a pattern.',
  oneOf: [
    text('A word or phrase never to use (whole words, any case, with inflections).'),
    {
      ...section('A banned phrase or pattern with its reason, suggestion and severity.', {
        phrase: text('A word or phrase never to use (whole words, any case, with inflections).'),
        pattern: pattern('A pattern never to match.'),
        reason: text('Why, shown with the finding.'),
        suggestion: text('What to write instead.'),
        severity: { ...severity, description: 'Severity of this entry, overriding the rule’s.' },
      }),
      oneOf: eitherKey('phrase', 'pattern'),
    },
  ],
};

const competitorEntry: JsonSchema = {
  description: 'A competitor: a name, or a map with aliases and channels where naming it is fine.',
  oneOf: [
    text('The competitor’s name.'),
    section(
      'A competitor with its settings.',
      {
        name: text('The competitor’s name.'),
        aliases: textList('Other names of the competitor.', 'An alias.'),
        allowIn: list(channel, 'Channels where naming the competitor is fine, e.g. [web] for a comparison page.'),
      },
      ['name'],
    ),
  ],
};

const lexicon = section('The words of the brand.', {
  names: list(nameEntry, 'Protected brand, product and plan names with their exact spelling and case.'),
  trademark: section('Where the first mention of a name must carry its trademark sign.', {
    channels: list(channel, 'Channels where the sign is required. Default: all.'),
    roles: list(oneOfValues(ROLES, 'A segment role.'), 'Segment roles that count as a first mention. Default: every role but alt, subject and preheader.'),
    forbidIn: section('Where no trademark sign (™, ®, ℠) may stand, e.g. { channels: [social], roles: [subject, preheader] }. Default: nowhere.', {
      channels: list(channel, 'Channels none of whose texts may carry a trademark sign (a first mention there needs none).'),
      roles: list(oneOfValues(ROLES, 'A segment role.'), 'Segment roles whose texts may not carry a trademark sign in any channel, e.g. subject.'),
    }),
  }),
  terms: list(termEntry('A preferred term: write `use` instead of `insteadOf`.'), 'Preferred terminology, auto-fixable.'),
  banned: list(bannedEntry, 'Words, phrases and patterns never to use.'),
  competitors: list(competitorEntry, 'Names customer-facing copy must not mention.'),
  segments: list(segmentEntry, 'The one vocabulary for customer segments, plans and audiences (campaign audiences and contact limits name them).'),
  plans: section('The closed set of plan names: copy that names any other plan ("the Premium plan") is an error.', {
    names: textList('Every plan there is, as written, e.g. [Essentials, Plus, Unlimited].', 'A plan name.'),
    namePattern: oneOrMore(
      text('How copy names a plan, {Name} standing for the name, e.g. "{Name} plan" or "{Name} tier".', {
        pattern: '^[^{}]*\\{Name\\}[^{}]*$',
        patternErrorMessage: 'must hold {Name} once, with words around it, e.g. "{Name} plan"',
      }),
      'How copy names a plan: a pattern or a list of them. Default: "{Name} plan" (plural too).',
    ),
  }),
  allow: textList('Acronyms and words tone rules leave alone (ALL-CAPS, jargon, spelling). Added to the built-in list.', 'An acronym or word, e.g. API.'),
});

// ---------------------------------------------------------------- tone

function toneProperties(): Record<string, JsonSchema> {
  return {
    readingGrade: section('Highest reading grade (US school grade).', {
      document: { type: 'number', minimum: 1, description: 'Highest grade of a whole document.' },
      paragraph: { type: 'number', minimum: 1, description: 'Highest grade of one paragraph.' },
    }),
    sentenceLength: count('Most words in one sentence.', 1),
    passive: flag('Report passive voice.'),
    hedges: textList('Hedging and weasel words to report; replaces the built-in list.', 'A hedge, e.g. "perhaps".'),
    jargon: dictionary(text('The simpler word to write.'), 'Jargon and its simpler alternative, e.g. { leverage: use }.'),
    inclusive: flagOrFull(
      'Report non-inclusive language: true for the curated list (gendered job titles, ableist slurs, racial and identity terms), "full" for every retext-equality pattern.',
    ),
    profanity: flagOrFull(
      'Report profanity: true for the curated list of vulgar words and slurs, "full" for the whole cuss list (words profane in some senses only).',
    ),
    exclamations: section('Most exclamation marks.', {
      document: count('Most exclamation marks in a document.'),
      sentence: count('Most exclamation marks in a sentence.'),
    }),
    allCaps: flag('Report ALL-CAPS words, except acronyms in lexicon.allow.'),
    contractions: oneOfValues(CONTRACTION_POLICIES, 'prefer: write "you’re", avoid: write "you are", either: no check.'),
    address: section('Who the copy talks to.', {
      minYouRatio: ratio('Lowest share of reader address: you/your ÷ (you/your + we/our/us), from 0 to 1.'),
    }),
    emoji: section('Emoji in the copy.', {
      allowed: flag('Whether emoji may be used at all.'),
      max: count('Most emoji in a document.'),
    }),
    spelling: oneOfValues(SPELLING_LOCALES, 'Spelling variants to hold to: en-US (color, organize) or en-GB (colour, organise).'),
    judgeQuotes: flag('Hold quoted speech to the person and exclamation rules too.'),
    roles: section(
      'Limits per segment role, each text of the role on its own: no "!" in a subject line, buttons of at most 25 characters. Set them per channel under tone.channels.',
      Object.fromEntries(
        LIMITED_ROLES.map((role) => [
          role,
          section(`Limits of each ${role} text.`, {
            length: lengthRange(`each ${role} text`),
            exclamations: count(`Most exclamation marks in each ${role} text; 0 allows none.`),
            emoji: count(`Most emoji in each ${role} text; 0 allows none.`),
          }),
        ]),
      ),
    ),
  };
}

const tone = section('Tone rules: defaults for every channel, with per-channel overrides.', {
  ...toneProperties(),
  channels: section(
    'Per-channel overrides, merged over the settings above.',
    Object.fromEntries(CHANNELS.map((name) => [name, section(`Tone settings for ${name}.`, toneProperties())])),
  ),
});

// ---------------------------------------------------------------- messaging

function exactText(what: string, example: string): JsonSchema {
  return {
    description: `The ${what}: a string, or a map with the text and a similarity threshold.`,
    oneOf: [
      text(`The ${what}, exact, e.g. ${example}.`),
      section(
        `The ${what} with its similarity threshold.`,
        {
          text: text(`The ${what}, exact.`),
          threshold: ratio('Similarity (0 to 1) from which a sentence counts as an altered copy. Default: 0.7.'),
        },
        ['text'],
      ),
    ],
  };
}

const claimEntry: JsonSchema = {
  description: 'A forbidden claim: a phrase, or a map with a phrase or a pattern and a reason.',
  oneOf: [
    text('A claim never to make, e.g. "#1".'),
    {
      ...section('A forbidden claim with its reason.', {
        phrase: text('A claim never to make.'),
        pattern: pattern('A claim never to make, as a pattern.'),
        reason: text('Why, shown with the finding.'),
      }),
      oneOf: eitherKey('phrase', 'pattern'),
    },
  ],
};

const messaging = section('The messaging playbook.', {
  tagline: exactText('tagline', '"Build faster. Sleep better."'),
  boilerplate: exactText('boilerplate ("About us" paragraph)', '"Acme makes …"'),
  pillars: list(
    section(
      'A pillar (key message).',
      {
        id: text('Short id, used by campaigns and pillarsRequired.'),
        statement: text('The canonical statement of the message.'),
        phrases: textList('Phrases that count as carrying the pillar (matched with inflections).', 'A phrase.'),
      },
      ['id', 'statement'],
    ),
    'Key messages.',
  ),
  pillarsRequired: section(
    'How many pillars a deliverable of each channel must carry.',
    Object.fromEntries(CHANNELS.map((name) => [name, count(`Pillars a ${name} deliverable must carry.`)])),
  ),
  claims: section('Claims that are forbidden or need a disclaimer.', {
    forbidden: list(claimEntry, 'Claims never to make: superlatives, guarantees, "#1", "free forever".'),
    needDisclaimer: list(
      section(
        'A claim that needs a disclaimer in the same document.',
        {
          claim: pattern('The claim, e.g. "cancel anytime".'),
          disclaimer: pattern('What the disclaimer must match somewhere in the document, e.g. "terms apply".'),
          message: text('Message shown when the disclaimer is missing.'),
        },
        ['claim', 'disclaimer'],
      ),
      'Claims that need a disclaimer in the same document.',
    ),
  }),
  ctas: textList('The approved calls to action.', 'A call to action, e.g. "Book a demo".'),
  requiredText: list(
    section(
      'Text a deliverable must carry, e.g. offer terms or the boilerplate.',
      {
        text: oneOrMore(text('The text, compared word by word in any case, punctuation aside.'), 'The text, or a list of wordings any one of which will do.'),
        channels: list(channel, 'Channels whose deliverables must carry it. Default: all.'),
        where: text(
          'Where it must stand: anywhere (default), start or end (the first or last three paragraphs), "section: <heading>", or a segment role such as subject, preheader or agent.',
          {
            pattern: `^(anywhere|start|end|section: .+|${ROLES.join('|')})$`,
            patternErrorMessage: `must be anywhere, start, end, "section: <heading>" or a segment role (${ROLES.join(', ')})`,
          },
        ),
        message: text('Shown with the finding instead of the default message.'),
      },
      ['text'],
    ),
    'Text every deliverable (of some channels, in some place) must carry; for some files only, set it in an override.',
  ),
});

// ---------------------------------------------------------------- channels

const channels = section('Per-channel rules.', {
  email: section('Email rules.', {
    subject: lengthRange('the subject line'),
    preheader: section('The preheader (preview text).', {
      min: count('Fewest characters the preheader may have.'),
      max: count('Most characters the preheader may have.', 1),
      required: flag('Every email must have a preheader.'),
    }),
    requireUnsubscribe: flag('Every email must have an unsubscribe link (CAN-SPAM, GDPR).'),
    requirePostalAddress: flag('Every email must show a postal address (CAN-SPAM).'),
    postalAddressPattern: pattern('How the postal address looks, replacing the built-in detection.'),
    vagueLinkText: textList('Link texts that say nothing about the target.', 'A vague link text, e.g. "click here".'),
    requireAlt: flag('Every image must have alt text.'),
  }),
  social: section('Social post rules.', {
    limits: section(
      'Character limits per platform, overriding the built-in ones.',
      Object.fromEntries(PLATFORMS.map((name) => [name, count(`Most characters in a ${name} post.`, 1)])),
    ),
    requiredHashtags: list(
      text('A hashtag, e.g. "#AcmeSpring" (quoted: YAML reads # after a space as a comment).', HASHTAG),
      'Hashtags every post must carry.',
    ),
    maxHashtags: count('Most hashtags in a post.'),
    hashtagCase: oneOfValues(HASHTAG_CASES, 'camel: #SpringSale (read well by screen readers), lower: #springsale, any: no check.'),
    disclosures: textList('Disclosures one of which a sponsored post must carry.', 'A disclosure, e.g. "#ad".'),
  }),
  call: section('Call script rules.', {
    opening: text('The required opening, with placeholders {agent}, {company}, {customer}.'),
    recordingDisclosure: textList('Phrases one of which must appear in the opening section.', 'A recording disclosure, e.g. "this call may be recorded".'),
    maxTurnWords: count('Most words in one agent turn.', 1),
    forbidden: textList('Phrases agents must not say.', 'A phrase, e.g. "to be honest".'),
  }),
  web: section('Web page rules.', {
    title: lengthRange('the page title'),
    description: lengthRange('the meta description'),
    singleH1: flag('Every page must have exactly one H1.'),
  }),
});

// ---------------------------------------------------------------- campaigns

const DATE = {
  pattern: '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2})?)?$',
  patternErrorMessage: 'must be a date written YYYY-MM-DD (optionally with a time, YYYY-MM-DDTHH:MM)',
};

function priceTruth(description: string): JsonSchema {
  return section(
    description,
    {
      amount: { type: 'number', minimum: 0, description: 'Amount, e.g. 49.' },
      currency: text('ISO 4217 currency code, e.g. USD.', {
        pattern: '^[A-Z]{3}$',
        patternErrorMessage: 'must be a three-letter ISO currency code such as USD',
      }),
      period: oneOfValues(BILLING_PERIODS, 'Billing period.'),
    },
    ['amount', 'currency'],
  );
}

const truth = section('The campaign’s single source of truth; deliverables that contradict it are errors.', {
  discount: { type: 'number', exclusiveMinimum: 0, maximum: 100, description: 'Discount in percent, e.g. 20.' },
  code: text('Promo code, e.g. SPRING20.'),
  start: text('First day of the offer, YYYY-MM-DD.', DATE),
  end: text('Last day of the offer, YYYY-MM-DD.', DATE),
  timezone: text('IANA time zone of the dates, e.g. America/New_York.'),
  trialDays: count('Trial length in days.', 1),
  price: priceTruth('The price.'),
  landingUrl: text('Landing page URL.', { pattern: '^https?://\\S+$', patternErrorMessage: 'must be an http:// or https:// URL' }),
  utm: section('UTM parameters the landing URL must carry.', Object.fromEntries(UTM_PARAMETERS.map((name) => [name, text(`Value of ${name}.`)]))),
  phone: text('Phone number, e.g. "+1 415 555 0100".'),
  hashtag: text('Campaign hashtag, e.g. "#AcmeSpring" (quoted: YAML reads # after a space as a comment).', HASHTAG),
  cta: text('The primary call to action.'),
  pillars: textList('Pillar ids every deliverable of the campaign must carry.', 'A pillar id.'),
  products: textList('Product names the campaign is about.', 'A product name.'),
  otherOffers: list(
    section('A standing offer or threshold, e.g. { discount: 50 } for "your second bag is 50% off".', {
      discount: { type: 'number', exclusiveMinimum: 0, maximum: 100, description: 'Discount in percent.' },
      price: priceTruth('A price or threshold, e.g. { amount: 30, currency: USD } for "free shipping on orders over $30".'),
      trialDays: count('Trial length in days.', 1),
      code: text('Promo code.'),
    }),
    'Standing offers, perks and thresholds deliverables may state besides the campaign offer; they are never read as contradicting it.',
  ),
  otherLinks: textList(
    'Pages deliverables may link to besides the landing page (sign-up, pricing, an event page): a host, or a host and path such as "acme.com/pricing" (its sub-pages included).',
    'A host, or a host and path.',
  ),
});

const campaign = section('A campaign: its deliverables and their single source of truth.', {
  name: text('Display name.'),
  files: oneOrMore(text('A glob, relative to your kit file.'), 'Globs of the campaign’s deliverables, relative to your kit file.'),
  year: { type: 'integer', minimum: 2000, maximum: 2100, description: 'The year relative dates ("May 31") belong to.' },
  truth,
  variants: list(
    list(text('A spelling.'), 'Spellings of one concept, e.g. [log in, sign in].', { minItems: 2 }),
    'Groups of spellings that must not be mixed within the campaign.',
  ),
  audiences: textList('Audience segments the campaign speaks to, named as in lexicon.segments.', 'A segment name from lexicon.segments.'),
  window: section('When the campaign reaches customers. Without it: truth.start and truth.end, else the dates of its deliverables.', {
    start: text('First day of sending or publishing, YYYY-MM-DD.', DATE),
    end: text('Last day of sending or publishing, YYYY-MM-DD.', DATE),
  }),
  expect: section(
    'What the campaign expects of each channel’s deliverables (a social post need not state the price). A channel left out is expected to state everything the truth declares.',
    Object.fromEntries(
      CHANNELS.map((name) => [
        name,
        section(`What the campaign’s ${name} deliverables must carry.`, {
          cta: flag(`Whether ${name} deliverables must carry the campaign’s call to action (truth.cta). Default: true.`),
          pillars: textList(`Pillar ids ${name} deliverables must carry (all of them, or minPillars of them).`, 'A pillar id from messaging.pillars.'),
          minPillars: count(`How many different pillars a ${name} deliverable must carry: of pillars, else of all the kit’s pillars.`),
          facts: list(
            oneOfValues(EXPECTABLE_FACTS, 'A truth key: discount, code, start, end, trialDays, price, landingUrl, phone, hashtag or products.'),
            `The truth facts ${name} deliverables are expected to state; the others are still checked where stated, but not missed. Default: all.`,
          ),
          ctas: textList(`Calls to action approved for ${name} deliverables of this campaign, besides messaging.ctas and truth.cta.`, 'A call to action.'),
        }),
      ]),
    ),
  ),
});

// ---------------------------------------------------------------- programme

function contactLimit(whose: string): Record<string, JsonSchema> {
  return {
    perDay: count(`Most messages ${whose} receives in one day.`, 1),
    perWeek: count(`Most messages ${whose} receives in one week.`, 1),
  };
}

const programme = section('The whole programme: all campaigns together, as customers see them.', {
  contactLimits: section('Contact pressure: how many messages one audience segment may receive across campaigns and channels.', {
    ...contactLimit('every segment'),
    segments: dictionary(
      section('Limits of this segment.', contactLimit('this segment')),
      'Limits of particular segments, named as in lexicon.segments, over the ones for every segment.',
    ),
    channels: list(channel, 'Channels whose deliverables are messages sent to customers. Default: email, social, call (web pages are visited, not sent).'),
    weekStart: oneOfValues(WEEK_STARTS, 'The first day of a week. Default: monday (ISO weeks).'),
  }),
});

// ---------------------------------------------------------------- report

const report = section('How the HTML report presents this kit’s results to a client.', {
  title: text('The report’s title, e.g. "Spring campaigns: brand review". Default: from the campaigns. --report-title overrides it.'),
  brand: text('Whose copy the report checks, e.g. "Acme".'),
  agency: text('Who prepared the report, e.g. "Northwind Creative".'),
  kitVersion: text('This kit’s version, shown on the report, e.g. "2026.2". Default: a fingerprint of the resolved kit.'),
});

// ---------------------------------------------------------------- rules

function ruleSetting(id: string | undefined, options: JsonSchema): JsonSchema {
  const what = id ? `Setting of rule ${id}` : 'Setting of the rule';
  return {
    description: `${what}: a severity, or [severity, options].`,
    oneOf: [
      { ...severity, description: `${what}: error, warn or off.` },
      {
        type: 'array',
        description: `${what}: [severity, options].`,
        items: [severity, options],
        // [severity] alone is fine too, as in ESLint.
        minItems: 1,
        additionalItems: false,
      },
    ],
  };
}

const ANY_OPTIONS: JsonSchema = { type: 'object', description: 'Options of the rule (see `brandlint rules <id>`).' };
const NO_OPTIONS: JsonSchema = { type: 'object', description: 'This rule takes no options.', properties: {}, additionalProperties: false };

function rulesSection(knownRules: KnownRules | undefined): JsonSchema {
  const description = 'Severity per rule id (error, warn, off) and options, as ESLint does: `id: warn` or `id: [error, { max: 30 }]`.';
  if (!knownRules) {
    return dictionary(ruleSetting(undefined, ANY_OPTIONS), description, {
      type: 'string',
      pattern: RULE_ID_PATTERN,
      patternErrorMessage: 'must be a rule id such as lexicon/terms',
    });
  }
  const entries = knownRules instanceof Map ? [...knownRules] : Object.entries(knownRules);
  const properties = Object.fromEntries(
    entries
      .sort(([a], [b]) => compareText(a, b))
      .map(([id, options]) => [id, ruleSetting(id, options ? { description: `Options of ${id}.`, ...(options as JsonSchema) } : NO_OPTIONS)]),
  );
  return section(description, properties);
}

// ---------------------------------------------------------------- overrides

/**
 * A section the kit and its overrides both hold: a reference to its one
 * definition, so the validator checks it with the same code in both places.
 */
function shared(section: (typeof OVERRIDABLE_SECTIONS)[number], description: string): JsonSchema {
  return { $ref: `#/definitions/${section}`, description };
}

/** The schema a `$ref` of the kit schema points at (`#/definitions/tone`), else the schema itself. */
export function dereferenced(schema: JsonSchema, root: JsonSchema): JsonSchema {
  const name = schema.$ref?.replace('#/definitions/', '');
  return name === undefined ? schema : { ...(root.definitions?.[name] ?? {}), description: schema.description };
}

function overridesSection(): JsonSchema {
  const glob = text('A glob, relative to your kit file, e.g. "legal/**".');
  return list(
    section(
      'Settings for the files that `files` matches: any of lexicon, tone, messaging, channels and rules, merged over the kit as a kit is merged over the kits it extends.',
      {
        files: oneOrMore(glob, 'Globs of the files this override is for, relative to your kit file.'),
        excludeFiles: oneOrMore(glob, 'Globs of files this override leaves alone, among those `files` matches.'),
        lexicon: shared('lexicon', 'The words of the brand, for these files.'),
        tone: shared('tone', 'Tone rules for these files.'),
        messaging: shared('messaging', 'The messaging playbook for these files.'),
        channels: shared('channels', 'Per-channel rules for these files.'),
        rules: shared('rules', 'Severity and options per rule id, for these files.'),
      },
      ['files'],
    ),
    'Settings for some files (legal pages, the blog, inbound call scripts), applied in order over the rest of the kit to the files they match. Campaigns, the programme and `files` cannot be overridden.',
  );
}

// ---------------------------------------------------------------- the kit

/**
 * The schema of a kit file. Given the rules brandlint knows, `rules` lists
 * each id with its options schema, so unknown ids and bad options are
 * reported like any other key.
 */
export function kitSchema(knownRules?: KnownRules): JsonSchema {
  const definitions = { lexicon, tone, messaging, channels, rules: rulesSection(knownRules) };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'brandlint brand kit',
    description: 'A brand kit for brandlint: lexicon, tone, messaging playbook, channel rules and campaigns.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: text('Path or URL of this JSON Schema, for editors; ignored by brandlint.'),
      extends: oneOrMore(
        text('A kit to build on: a path relative to this file ("./base.yaml") or an npm package name ("@acme/brand-kit").'),
        'Kits this one builds on, applied in order; this file’s settings win.',
      ),
      files,
      lexicon: shared('lexicon', lexicon.description ?? ''),
      tone: shared('tone', tone.description ?? ''),
      messaging: shared('messaging', messaging.description ?? ''),
      channels: shared('channels', channels.description ?? ''),
      campaigns: dictionary(campaign, 'Campaigns by id.'),
      programme,
      report,
      rules: shared('rules', definitions.rules.description ?? ''),
      overrides: overridesSection(),
    },
    definitions,
  };
}
