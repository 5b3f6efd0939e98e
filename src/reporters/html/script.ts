/**
 * The report's only script: shows the filter controls and hides the
 * findings they filter out. It reads nothing but the page's own controls
 * and data attributes, and the page's Content-Security-Policy admits it by
 * its hash alone.
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
  panel.addEventListener('change', apply);
  panel.hidden = false;
  apply();
})();`;
