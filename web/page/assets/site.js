// The teaching page's script: one sticky player follows the figure being
// read (when scrolling stops, the figure nearest the middle of the text in
// view → postMessage {type:"load"} / {type:"goto"}),
// predict-then-reveal questions play the answer, and the language switch
// keeps the reader's section. Without script every figure is still a link
// into the player.
'use strict';
(() => {
  const frame = document.getElementById('zl-player');
  const now = document.getElementById('zl-now');
  const figures = Array.from(document.querySelectorAll('.zl-figure'));
  const target = location.origin && location.origin !== 'null' ? location.origin : '*';
  let loaded = null;       // {scenario, python, method} the player holds
  let active = null;       // the figure the player shows
  let reveal = null;       // {figure, step} while a reveal plays

  function spec(fig) {
    const d = fig.dataset;
    return { scenario: d.scenario, step: Number(d.step), python: d.python || '',
      method: d.method || '', reveal: d.reveal ? Number(d.reveal) : null };
  }

  function post(msg) {
    if (frame && frame.contentWindow) frame.contentWindow.postMessage(msg, target);
  }

  // The iframe's first URL is the first figure's; the player starts there.
  if (frame && figures.length) {
    const s = spec(figures[0]);
    loaded = { scenario: s.scenario, python: s.python, method: s.method };
    active = figures[0];
    const cap = active.querySelector('figcaption');
    if (now && cap) now.textContent = cap.textContent;
  }

  function show(fig, step) {
    if (!frame) return;
    const s = spec(fig);
    if (!loaded || loaded.scenario !== s.scenario || loaded.python !== s.python || loaded.method !== s.method) {
      const msg = { type: 'load', scenario: s.scenario };
      if (s.python) msg.python = s.python;
      if (s.method) msg.method = s.method;
      post(msg);
      loaded = { scenario: s.scenario, python: s.python, method: s.method };
    }
    post({ type: 'pause' });
    post({ type: 'goto', step: step });
    if (active) active.classList.remove('active');
    active = fig;
    fig.classList.add('active');
    const cap = fig.querySelector('figcaption');
    if (now && cap) now.textContent = cap.textContent;
  }

  // Whenever scrolling stops — wheel, PageDown, Space, a contents link,
  // find-in-page, a #section address — the figure nearest the middle of
  // the text in view becomes the player's. On a phone the player is pinned
  // above the text, so the text in view starts under it.
  const playerBox = document.querySelector('.player');
  const mainBox = document.querySelector('main');
  function textInView() {
    let top = 0;
    if (playerBox && mainBox) {
      const r = playerBox.getBoundingClientRect();
      const m = mainBox.getBoundingClientRect();
      if (r.top <= 1 && r.bottom > 0 && r.left < m.right && r.right > m.left) top = r.bottom;
    }
    return { top, bottom: window.innerHeight };
  }
  // nearest is the figure in view whose box is nearest the middle (0 when
  // the middle is inside it; then the nearer centre wins).
  function nearest() {
    const v = textInView();
    const mid = (v.top + v.bottom) / 2;
    let best = null, bestD = Infinity, bestC = Infinity;
    for (const f of figures) {
      const r = f.getBoundingClientRect();
      if (r.bottom <= v.top || r.top >= v.bottom) continue;
      const d = r.top <= mid && r.bottom >= mid ? 0 : Math.min(Math.abs(r.top - mid), Math.abs(r.bottom - mid));
      const c = Math.abs((r.top + r.bottom) / 2 - mid);
      if (d < bestD || (d === bestD && c < bestC)) { best = f; bestD = d; bestC = c; }
    }
    return best;
  }
  let settleTimer = 0;
  let settled = 0; // how many times scrolling has stopped (the browser tests wait for it)
  function settle() {
    clearTimeout(settleTimer);
    settleTimer = 0;
    const fig = nearest();
    if (fig && fig !== active && !reveal) show(fig, spec(fig).step);
    settled++;
    document.documentElement.dataset.zlSettled = String(settled);
    document.documentElement.dataset.zlFigure = active ? active.id : '';
  }
  function soon() {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(settle, 180);
  }
  if (frame && figures.length) {
    window.addEventListener('scroll', soon, { passive: true });
    window.addEventListener('scrollend', settle);
    window.addEventListener('hashchange', soon);
    window.addEventListener('resize', soon);
    // Opened at a #section (or restored scrolled): that place's figure.
    if (document.readyState === 'complete') soon(); else window.addEventListener('load', soon);
  }

  // Predict, then reveal: check the answer, then play from the question's
  // step and stop at the reveal step.
  for (const fig of figures) {
    const button = fig.querySelector('.zl-reveal');
    if (!button) continue;
    button.addEventListener('click', () => {
      const verdict = fig.querySelector('.zl-verdict');
      const picked = fig.querySelector('input[type=radio]:checked');
      if (!picked) { verdict.textContent = button.dataset.choose; verdict.className = 'zl-verdict'; return; }
      const right = picked.value === fig.dataset.answer;
      verdict.textContent = right ? button.dataset.right : button.dataset.wrong;
      verdict.className = 'zl-verdict ' + (right ? 'right' : 'wrong');
      const s = spec(fig);
      if (!frame) return;
      reveal = { figure: fig, step: s.reveal };
      show(fig, s.step);
      post({ type: 'play' });
    });
  }

  window.addEventListener('message', (ev) => {
    if (!frame || ev.source !== frame.contentWindow) return;
    const msg = ev.data || {};
    if (msg.type === 'step' && reveal && msg.step >= reveal.step) {
      post({ type: 'pause' });
      if (msg.step !== reveal.step) post({ type: 'goto', step: reveal.step });
      reveal = null;
    }
    if (msg.type === 'ready' && active) post({ type: 'goto', step: spec(active).step });
  });

  // The language switch keeps the section being read: both languages share
  // the section ids.
  const headings = Array.from(document.querySelectorAll('.prose h2[id]'));
  const switches = Array.from(document.querySelectorAll('.lang-switch'));
  // The last section read is kept even when the reader scrolls back up to
  // the header to reach the switch.
  let lastId = '';
  function keepPlace() {
    for (const h of headings) if (h.getBoundingClientRect().top < window.innerHeight * 0.5) lastId = h.id;
    for (const a of switches) a.hash = lastId ? '#' + lastId : '';
  }
  let pending = false;
  window.addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; keepPlace(); });
  }, { passive: true });
  keepPlace();
})();
