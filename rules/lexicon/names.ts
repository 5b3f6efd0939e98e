import { lexiconHits, reportReplacement } from '../../src/lexicon/hits.js';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';

const names: Rule = {
  meta: {
    id: 'lexicon/names',
    description: 'Protected brand, product and plan names are written exactly as the kit spells them.',
    severity: 'error',
    channels: CHANNELS,
    fixable: true,
    docs: {
      details:
        'Every name under `lexicon.names` must appear with its exact spelling and case. Near-misses are found without listing them: ' +
        'other case ("ACME cloud"), joined, split or hyphenated forms ("AcmeCloud", "Acme-Cloud", "Mail chimp"), and one-letter typos ' +
        '("Acme Clod"). When two names overlap ("Acme Cloud" and "Acme Cloud Enterprise") the longest wins. A name inside a URL, ' +
        'e-mail address, handle, hashtag, merge tag or code is never reported. A lower-case form made only of common English words ' +
        '("the flow of work" for a product called Flow) is ordinary prose and is left alone. Case and spacing are fixed by --fix; ' +
        'typos are only suggested, because a human should confirm them.',
      kit: 'lexicon:\n  names: [Acme Cloud]',
      bad: 'Try AcmeCloud today. ACME cloud keeps your files safe. Acme Clod is fast.',
      findings: [
        '1:5-1:14 Write the name as "Acme Cloud", not "AcmeCloud".',
        '1:22-1:32 Write the name as "Acme Cloud", not "ACME cloud".',
        '1:56-1:65 "Acme Clod" looks like a misspelling of the name "Acme Cloud"; write "Acme Cloud".',
      ],
      good: 'Try Acme Cloud today. Visit acme-cloud.com or follow @acmecloud.',
    },
  },
  check(context) {
    for (const hit of lexiconHits(context, 'name')) {
      if (!hit.nearMiss) continue;
      const canonical = hit.entry.spelling;
      if (hit.nearMiss === 'typo') {
        context.report({
          start: hit.sourceStart,
          end: hit.sourceEnd,
          segment: hit.segment,
          message: `"${hit.text}" looks like a misspelling of the name "${canonical}"; write "${canonical}".`,
          suggestion: canonical,
        });
      } else {
        reportReplacement(context, hit, `Write the name as "${canonical}", not "${hit.text}".`, canonical);
      }
    }
  },
};

export default names;
