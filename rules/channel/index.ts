import type { Rule } from '../../src/engine/types.js';
import callForbiddenPhrases from './call-forbidden-phrases.js';
import callOpening from './call-opening.js';
import callRecordingDisclosure from './call-recording-disclosure.js';
import callTurnLength from './call-turn-length.js';
import emailImageAlt from './email-image-alt.js';
import emailLinkText from './email-link-text.js';
import emailPostalAddress from './email-postal-address.js';
import emailPreheader from './email-preheader.js';
import emailSubject from './email-subject.js';
import emailUnsubscribe from './email-unsubscribe.js';
import socialDisclosure from './social-disclosure.js';
import socialHashtags from './social-hashtags.js';
import socialLength from './social-length.js';
import webDescription from './web-description.js';
import webH1 from './web-h1.js';
import webTitle from './web-title.js';

export const channelRules: Rule[] = [
  emailSubject,
  emailPreheader,
  emailUnsubscribe,
  emailPostalAddress,
  emailLinkText,
  emailImageAlt,
  socialLength,
  socialHashtags,
  socialDisclosure,
  callOpening,
  callRecordingDisclosure,
  callTurnLength,
  callForbiddenPhrases,
  webTitle,
  webDescription,
  webH1,
];
