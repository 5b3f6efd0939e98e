import { ruleTester } from '../../test/helpers/rule-tester.js';
import emailPostalAddress from './email-postal-address.js';

const message = "This email shows no postal address; add the sender's address to the footer (CAN-SPAM requires it).";
const email = (footer: string): string => `<html><body><p>Spring is here.</p>\n<p>${footer}</p></body></html>`;

ruleTester(emailPostalAddress, {
  kit: 'channels:\n  email:\n    requirePostalAddress: true',
  valid: [
    {
      name: 'a transactional email (password reset) is exempt',
      path: 'mail.html',
      channel: 'email',
      text: '<html><head><title>Reset your password</title></head><body><p>Use the link below.</p></body></html>',
    },
    { name: 'street number and street word', path: 'mail.html', channel: 'email', text: email('Acme Inc., 500 W 2nd Ave, Springfield') },
    {
      name: 'a street without a street word, a town and a ZIP code',
      path: 'mail.html',
      channel: 'email',
      text: email('Acme Inc. 123 Van Ness, San Francisco 94102'),
    },
    { name: 'a PO Box', path: 'mail.html', channel: 'email', text: email('Acme Inc., P.O. Box 1234') },
    { name: 'a state and ZIP code', path: 'mail.html', channel: 'email', text: email('Acme Inc.<br>Springfield, IL 62701-1234') },
    { name: 'a UK postcode', path: 'mail.html', channel: 'email', text: email('Acme Ltd, London EC1A 1BB') },
    {
      name: 'lines split by <br> in one cell',
      path: 'mail.html',
      channel: 'email',
      text: email('Company Name<br><span>123 Fake Street, Springfield, OR, 97477 US</span><br>(123) 456-7890'),
    },
    { name: 'a street word before the number', path: 'mail.html', channel: 'email', text: email('East Pixel Bld. 99, Creative City 9000') },
    { name: 'a German street', path: 'mail.html', channel: 'email', text: email('Acme GmbH, Hauptstraße 5, 10115 Berlin') },
    { name: 'an address merge tag', path: 'mail.html', channel: 'email', text: email('[Sender_Name], [Sender_Address], [Sender_City]') },
    { name: 'a Mailchimp address merge tag', path: 'mail.html', channel: 'email', text: email('*|LIST:ADDRESSLINE|*') },
    {
      name: "the kit's own pattern",
      kit: 'channels:\n  email:\n    requirePostalAddress: true\n    postalAddressPattern: "Acme Tower"',
      path: 'mail.html',
      channel: 'email',
      text: email('Acme Tower, Springfield'),
    },
  ],
  invalid: [
    {
      name: 'a marketing email without an address, though its footer has a line break',
      path: 'mail.html',
      channel: 'email',
      text: '<html><head><title>Spring Sale: 20% off</title></head><body><p>Save now.<br><a href="*|UNSUB|*">Unsubscribe</a></p></body></html>',
      errors: [{ line: 1, column: 64, endLine: 1, endColumn: 108 }],
    },
    {
      name: 'an e-mail address merge tag is no postal address',
      path: 'mail.html',
      channel: 'email',
      text: email('Sent to {{email_address}}'),
      errors: [{ message, line: 2, column: 4, endLine: 2, endColumn: 29 }],
    },
    {
      name: 'no address: reported at the footer',
      path: 'mail.html',
      channel: 'email',
      text: email('&copy; 2025 Acme Inc. All rights reserved.'),
      errors: [{ message, line: 2, column: 4, endLine: 2, endColumn: 46 }],
    },
    {
      name: "the kit's pattern replaces the built-in shapes",
      kit: 'channels:\n  email:\n    requirePostalAddress: true\n    postalAddressPattern: "Acme Tower"',
      path: 'mail.html',
      channel: 'email',
      text: email('1 Main Street'),
      errors: [{ message, line: 2, column: 4, endLine: 2, endColumn: 17 }],
    },
  ],
});
