import { ruleTester } from '../../test/helpers/rule-tester.js';
import emailUnsubscribe from './email-unsubscribe.js';

const message = 'This email has no unsubscribe link; add one to the footer (CAN-SPAM requires it).';
const email = (footer: string): string => `<html><body><p>Spring is here.</p>\n<p>${footer}</p></body></html>`;

ruleTester(emailUnsubscribe, {
  kit: 'channels:\n  email:\n    requireUnsubscribe: true',
  valid: [
    {
      name: 'a Campaign Monitor <unsubscribe> tag with styling',
      path: 'mail.html',
      channel: 'email',
      text: '<p>Hi</p>\n<p><unsubscribe style="color:#666">unsubscribe</unsubscribe></p>',
    },
    { name: 'link text', path: 'mail.html', channel: 'email', text: email('<a href="https://acme.com/u?id=1">Unsubscribe</a>') },
    { name: 'manage preferences', path: 'mail.html', channel: 'email', text: email('<a href="https://acme.com/p">Manage your email preferences</a>') },
    { name: 'an opt-out target', path: 'mail.html', channel: 'email', text: email('<a href="https://acme.com/opt-out">Leave this list</a>') },
    { name: 'Mailchimp', path: 'mail.html', channel: 'email', text: email('<a href="*|UNSUB|*">Leave</a>') },
    { name: 'Handlebars', path: 'mail.html', channel: 'email', text: email('<a href="{{unsubscribe}}">Leave</a>') },
    { name: 'Marketing Cloud', path: 'mail.html', channel: 'email', text: email('<a href="%%unsub_center_url%%">Leave</a>') },
    { name: 'Klaviyo unsubscribe tag', path: 'mail.html', channel: 'email', text: email("No longer interested? {% unsubscribe 'Unsubscribe' %}") },
    { name: 'Klaviyo preferences tag', path: 'mail.html', channel: 'email', text: email("{% manage_preferences 'Manage preferences' %}") },
    { name: 'SendGrid', path: 'mail.html', channel: 'email', text: email('<a href="<%asm_group_unsubscribe_raw_url%>">Leave</a>') },
    {
      name: 'a List-Unsubscribe header',
      path: 'mail.eml',
      text: 'From: news@acme.com\r\nTo: dana@example.com\r\nSubject: Spring\r\nList-Unsubscribe: <https://acme.com/u?id=1>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Spring is here.</p>\r\n',
    },
    {
      name: 'a transactional email (a receipt) is exempt',
      path: 'mail.html',
      channel: 'email',
      text: '<html><head><title>Your receipt from Acme</title></head><body><p>Thanks for your order.</p></body></html>',
    },
    {
      name: 'transactional by its preheader, whatever the subject',
      path: 'mail.html',
      channel: 'email',
      text: '<html><head><title>Good things are brewing</title></head><body><div style="display:none">Your order #1042 is confirmed.</div><p>Thanks!</p></body></html>',
    },
    {
      name: 'transactional by its opening line',
      path: 'mail.html',
      channel: 'email',
      text: '<html><head><title>Zen Ping</title></head><body><h1>Hi Sam,</h1><p>Your account settings have been updated.</p></body></html>',
    },
    {
      name: 'transactional by its button',
      path: 'mail.html',
      channel: 'email',
      text: '<html><head><title>Tax prep in 30 minutes</title></head><body><p>See you there.</p><a class="button" href="https://acme.com/c">Add to calendar</a></body></html>',
    },
    { name: 'not required', kit: 'channels:\n  email:\n    requireUnsubscribe: false', path: 'mail.html', channel: 'email', text: email('Acme Inc.') },
  ],
  invalid: [
    {
      name: 'missing: reported at the footer',
      path: 'mail.html',
      channel: 'email',
      text: email('Acme Inc., 1 Main Street &middot; <a href="https://acme.com">acme.com</a>'),
      errors: [{ message, line: 2, column: 4, endLine: 2, endColumn: 73 }],
    },
    {
      name: 'a transactional email, with the exemption switched off',
      path: 'mail.html',
      channel: 'email',
      options: { exemptTransactional: false },
      text: '<html><head><title>Reset your password</title></head><body><p>Use the link below.</p></body></html>',
      errors: [{ message, line: 1, column: 63, endLine: 1, endColumn: 82 }],
    },
    {
      name: 'a marketing subject is not transactional',
      path: 'mail.html',
      channel: 'email',
      text: '<html><head><title>Spring Sale: 20% off</title></head><body><p>Save now.</p></body></html>',
      errors: [{ message, line: 1, column: 64, endLine: 1, endColumn: 73 }],
    },
    {
      name: 'an offer in the opening lines does not make an email transactional',
      path: 'mail.html',
      channel: 'email',
      text: '<html><head><title>We miss you</title></head><body><p>Enjoy 50% off your next purchase.</p><p>Acme Inc.</p></body></html>',
      errors: [{ message, line: 1, column: 95, endLine: 1, endColumn: 104 }],
    },
    {
      name: 'an email without text: line 1, column 1',
      path: 'mail.html',
      channel: 'email',
      text: '<html><body><img src="hero.png" alt=""></body></html>',
      errors: [{ message, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
  ],
});
