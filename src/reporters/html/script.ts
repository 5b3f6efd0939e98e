/**
 * The report's only script: shows the filter controls and hides the
 * findings they filter out. It reads nothing but the page's own controls,
 * data attributes and address, and the page's Content-Security-Policy admits
 * it by its hash alone. The filters are kept in the address's query
 * (?severity=error&channel=web&rule=…), so a reload or a shared link shows
 * the same findings; values the page does not offer are ignored.
 */
export const FILTER_SCRIPT = `(() => {
  const panel = document.getElementById('filters');
  if (!panel) return;
  const findings = Array.from(document.querySelectorAll('.finding'));
  const files = Array.from(document.querySelectorAll('section.file'));
  const channel = document.getElementById('filter-channel');
  const rule = document.getElementById('filter-rule');
  const status = document.getElementById('filter-status');
  const apply = () => {
    const severities = new Set(Array.from(panel.querySelectorAll('input[name="severity"]:checked'), (input) => input.value));
    let shown = 0;
    for (const finding of findings) {
      const visible = severities.has(finding.dataset.severity) && (channel.value === '' || finding.dataset.channel === channel.value) && (rule.value === '' || finding.dataset.rule === rule.value);
      finding.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const file of files) file.hidden = file.querySelector('.finding:not([hidden])') === null;
    status.textContent = 'Showing ' + shown + ' of ' + findings.length + ' findings';
  };
  const severityInputs = Array.from(panel.querySelectorAll('input[name="severity"]'));
  const offers = (select, value) => Array.from(select.options).some((option) => option.value === value);
  const restore = () => {
    const query = new URLSearchParams(location.search);
    const severities = query.getAll('severity');
    if (severities.length > 0) for (const input of severityInputs) input.checked = severities.includes(input.value);
    for (const [select, key] of [[channel, 'channel'], [rule, 'rule']]) {
      const value = query.get(key);
      if (value !== null && offers(select, value)) select.value = value;
    }
  };
  const remember = () => {
    const query = new URLSearchParams(location.search);
    for (const key of ['severity', 'channel', 'rule']) query.delete(key);
    const checked = severityInputs.filter((input) => input.checked);
    if (checked.length < severityInputs.length) for (const input of checked) query.append('severity', input.value);
    if (checked.length === 0) query.append('severity', 'none');
    if (channel.value !== '') query.set('channel', channel.value);
    if (rule.value !== '') query.set('rule', rule.value);
    const search = query.toString();
    try {
      history.replaceState(history.state, '', (search ? '?' + search : location.pathname) + location.hash);
    } catch {
      // some browsers refuse to change a file: address; the filters still work
    }
  };
  panel.addEventListener('change', () => {
    apply();
    remember();
  });
  restore();
  panel.hidden = false;
  apply();
})();`;
