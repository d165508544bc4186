// The teaching page's script: one sticky player follows the figure being
// read (IntersectionObserver → postMessage {type:"load"} / {type:"goto"}),
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

  // The figure nearest the middle of the screen drives the player.
  if (frame && 'IntersectionObserver' in window) {
    const io = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting && e.target !== active && !reveal) show(e.target, spec(e.target).step);
      }
    }, { rootMargin: '-35% 0px -45% 0px' });
    figures.forEach((f) => io.observe(f));
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
