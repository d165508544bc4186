// The player page's glue around main.wasm: it downloads the wasm with a
// progress bar, checks for WebGL2, relays the postMessage API between the
// host page and the Go side (window.zombielab), runs the HTML controls
// under the canvas (each press queued to the Go side as a command, so none
// is lost however slowly frames come), and keeps the controls, the URL,
// the editor, the Chinese caption and the screen-reader mirror in step
// with what the Go side emits (window.zombielabHost.emit).
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const embedded = window.parent !== window;
  const params = new URLSearchParams(location.search);
  // edit=0 (web/contract): an embed that only shows, without "Edit code".
  const noEdit = ['0', 'false', 'no', 'off'].includes(params.get('edit'));
  // The controls speak the page's language from the start (lang=zh,
  // zh-CN…: web/contract reads it the same way); the Go side confirms it.
  const startLang = /^zh\b/i.test(params.get('lang') || '') ? 'zh' : 'en';
  // Messages a host page may send, and the ones it receives.
  const inbound = new Set(['goto', 'play', 'pause', 'load']);
  const outbound = new Set(['ready', 'step', 'error']);
  let pending = [];
  let ready = false;
  let urlTimer = 0;
  let urlQuery = null;

  function fatal(text) {
    $('loading').hidden = true;
    $('fatal').hidden = false;
    $('fatal').textContent = text;
  }

  function command(msg) {
    if (ready && globalThis.zombielab) {
      globalThis.zombielab.command(msg);
    } else {
      pending.push(msg);
    }
  }

  // The URL follows the state, at most a few times a second (browsers
  // throttle history.replaceState).
  function setQuery(query) {
    urlQuery = query;
    if (urlTimer) return;
    urlTimer = setTimeout(() => {
      urlTimer = 0;
      history.replaceState(null, '', location.pathname + urlQuery);
    }, 250);
  }

  // The header (title, lesson, settings comments: sim/scenario) is folded
  // above the program, which comes first; Run joins them again.
  let headerCount = 0;
  const headerLine = /^# [a-z0-9._]+:/;
  function showSource(file, code) {
    const lines = code.split('\n');
    headerCount = 0;
    while (headerCount < lines.length && headerLine.test(lines[headerCount])) headerCount++;
    if (headerCount < 2) headerCount = 0;
    $('header-box').hidden = headerCount === 0;
    $('header-src').value = lines.slice(0, headerCount).join('\n');
    $('header-src').rows = headerCount;
    $('header-summary').textContent = (words[lang] || words.en).header(headerCount);
    code = lines.slice(headerCount).join('\n');
    $('source').value = code;
    $('editor-file').textContent = file;
    renderGutter(0);
    $('edit-toggle').hidden = noEdit;
  }

  // The error's place in the editor's text (file line and column, 1-based,
  // counting the folded header), or -1.
  let errLine = 0, errCol = 0;
  function errorOffset(src) {
    if (errLine <= headerCount) return -1;
    const lines = src.split('\n');
    let at = 0;
    for (let i = 0; i < errLine - headerCount - 1 && i < lines.length; i++) at += lines[i].length + 1;
    return at + Math.max(0, errCol - 1);
  }

  // renderGutter numbers the lines (as in the file: after the header),
  // marks the error's line, sizes the editor to its text and highlights it.
  function renderGutter(badLine, badCol) {
    errLine = badLine || 0;
    errCol = badCol || 1;
    const src = $('source').value;
    const lines = src.split('\n');
    const n = lines.length;
    $('source').rows = n;
    const longest = lines.reduce((m, l) => Math.max(m, l.length), 0);
    $('source').style.width = (longest + 2) + 'ch';
    $('highlight').innerHTML = globalThis.zombielabHighlight ? globalThis.zombielabHighlight(src, errorOffset(src)) : '';
    const gutter = $('gutter');
    gutter.textContent = '';
    for (let i = headerCount + 1; i <= headerCount + n; i++) {
      const span = document.createElement('span');
      span.textContent = i + '\n';
      if (i === badLine) span.className = 'bad';
      gutter.appendChild(span);
    }
  }

  function openEditor(open) {
    $('editor').hidden = !open;
    $('edit-toggle').setAttribute('aria-expanded', String(open));
  }

  function showError(msg) {
    const box = $('editor-error');
    box.hidden = false;
    box.textContent = msg.message;
    renderGutter(msg.line || 0, msg.col || 1);
    openEditor(true);
    if (msg.line > headerCount) {
      const lines = $('source').value.split('\n');
      let at = 0;
      for (let i = 0; i < msg.line - headerCount - 1 && i < lines.length; i++) at += lines[i].length + 1;
      const col = Math.max(0, (msg.col || 1) - 1);
      $('source').setSelectionRange(at + col, at + col);
    }
  }

  // An uncaught exception in a simulated process, up to the shown step:
  // its line is marked in the editor, which opens the first time.
  let exceptionShown = '';
  function showException(msg) {
    const box = $('editor-error');
    if (!msg.exception) {
      if (exceptionShown) { box.hidden = true; renderGutter(0); exceptionShown = ''; }
      return;
    }
    const text = msg.exception + (msg.exceptionLine > 0 ? ' (line ' + msg.exceptionLine + ')' : '');
    if (text === exceptionShown) return;
    box.hidden = false;
    box.textContent = text;
    // 3.11+ carets say where on the line: after its indentation.
    let col = 1;
    if (msg.exceptionCol > 0 && msg.exceptionLine > headerCount) {
      const line = $('source').value.split('\n')[msg.exceptionLine - headerCount - 1] || '';
      col = line.length - line.trimStart().length + msg.exceptionCol;
    }
    renderGutter(msg.exceptionLine || 0, col);
    if (!exceptionShown) openEditor(true);
    exceptionShown = text;
  }

  // placeCaption lays the caption over the canvas's narration band: ebiten
  // scales the logical frame to fit the canvas, centred.
  let captionAt = null;
  function placeCaption() {
    const canvas = document.querySelector('canvas');
    if (!captionAt || !canvas) return;
    const [w, h] = captionAt.canvas;
    const [x, y, bw, bh] = captionAt.box;
    const r = canvas.getBoundingClientRect();
    const scale = Math.min(r.width / w, r.height / h);
    const left = r.left + (r.width - w * scale) / 2;
    const top = r.top + (r.height - h * scale) / 2;
    const c = $('caption').style;
    c.left = (left + x * scale) + 'px';
    c.top = (top + y * scale) + 'px';
    c.width = (bw * scale) + 'px';
    c.height = (bh * scale) + 'px';
    // 12–18 px, as the canvas's own text; a band tall enough for more
    // than two lines (the phone layout) wraps instead of cutting the
    // sentence.
    let px = Math.max(12, Math.min(18, bh * scale * 0.5));
    c.fontSize = px + 'px';
    c.whiteSpace = bh * scale >= 2.6 * px ? 'normal' : 'nowrap';
    // A sentence longer than the band (a path on a phone) gets a smaller
    // size, down to 12 px, rather than lines cut at the band's edges.
    const el = $('caption');
    while (px > 12 && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) {
      px -= 1;
      c.fontSize = px + 'px';
    }
  }
  window.addEventListener('resize', placeCaption);

  function showStep(msg) {
    localise(msg.lang);
    showException(msg);
    $('mirror-narration').textContent = [msg.stepText, msg.narration, msg.zombies].filter(Boolean).join('. ');
    $('mirror-ps').textContent = msg.ps;
    $('mirror-vars').textContent = msg.vars || '';
    const zh = msg.lang === 'zh';
    $('caption').hidden = !zh;
    if (zh) $('caption').textContent = msg.narration;
    // Placed after its text is in, which its size depends on.
    if (msg.canvas && msg.captionBox) {
      captionAt = { canvas: msg.canvas, box: msg.captionBox };
      placeCaption();
    }
  }

  // The controls' words, in the page's language.
  const words = {
    en: { title: 'zombielab player', mirror: 'What the player shows, as text', bar: 'Player controls', first: 'First step', back: 'Step back', play: 'Play', pause: 'Pause',
      forward: 'Step forward', last: 'Last step', step: 'Step', speed: 'Speed (steps a second)',
      speedOption: (v) => v + ' steps/s', python: 'Python version', method: 'Start method',
      into: 'Step into library code', settings: 'Settings', edit: 'Edit code', run: 'Run',
      source: 'Python source of the scenario', editor: 'Scenario source', loading: 'Loading the player…',
      header: (n) => n + ' header lines (title, lesson, settings)',
      progress: (mb, of) => 'Loading the player: ' + mb + (of ? ' of ' + of : '') + ' MB', starting: 'Starting the player…' },
    zh: { title: 'zombielab 播放器', mirror: '播放器显示的内容（文字版）', bar: '播放控制', first: '第一步', back: '后退一步', play: '播放', pause: '暂停',
      forward: '前进一步', last: '最后一步', step: '步骤', speed: '速度（每秒步数）',
      speedOption: (v) => '每秒 ' + v + ' 步', python: 'Python 版本', method: '启动方式',
      into: '单步进入库代码', settings: '设置', edit: '编辑代码', run: '运行',
      source: '场景的 Python 源代码', editor: '场景源代码', loading: '正在加载播放器…',
      header: (n) => n + ' 行文件头（标题、课程、设置）',
      progress: (mb, of) => '正在加载播放器：' + mb + (of ? ' / ' + of : '') + ' MB', starting: '正在启动播放器…' },
  };
  const speeds = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64];
  let lang = '';
  let state = { playing: false, speed: 2, python: '', method: '', versions: [], methods: [], loaded: false };
  function localise(l) {
    if (l === lang) return;
    lang = l;
    const w = words[l] || words.en;
    document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
    $('bar').setAttribute('aria-label', w.bar);
    $('title').textContent = w.title;
    $('mirror').setAttribute('aria-label', w.mirror);
    for (const id of ['first', 'back', 'forward', 'last']) {
      $('b-' + id).setAttribute('aria-label', w[id]);
      $('b-' + id).title = w[id];
    }
    $('scrubber').setAttribute('aria-label', w.step);
    $('speed-label').textContent = w.speed;
    $('python-label').textContent = w.python;
    $('method-label').textContent = w.method;
    $('b-into').textContent = w.into;
    $('more-toggle').textContent = w.settings;
    $('edit-toggle').textContent = w.edit;
    $('run').textContent = w.run;
    $('source').setAttribute('aria-label', w.source);
    $('editor').setAttribute('aria-label', w.editor);
    $('loading-text').textContent = w.loading;
    showPlaying();
    fillMenus();
  }
  function showPlaying() {
    const w = words[lang] || words.en;
    const label = state.playing ? w.pause : w.play;
    $('b-play').setAttribute('aria-pressed', String(state.playing));
    $('b-play').setAttribute('aria-label', label);
    $('b-play').title = label;
  }
  function fill(select, values, chosen, text) {
    select.textContent = '';
    for (const v of values) {
      const o = document.createElement('option');
      o.value = String(v);
      o.textContent = text(v);
      o.selected = String(v) === String(chosen);
      select.appendChild(o);
    }
  }
  function fillMenus() {
    const w = words[lang] || words.en;
    const sp = speeds.includes(state.speed) ? speeds : speeds.concat([state.speed]).sort((a, b) => a - b);
    fill($('speed'), sp, state.speed, w.speedOption);
    fill($('python'), state.versions, state.python, (v) => 'Python ' + v);
    fill($('method'), state.methods, state.method, (v) => v);
  }

  // showControls follows the Go side's state (a "controls" message).
  let scrubbing = false;
  function showControls(msg) {
    const menusChanged = msg.speed !== state.speed || msg.python !== state.python || msg.method !== state.method ||
      String(msg.versions) !== String(state.versions);
    state = msg;
    if (msg.lang !== lang) localise(msg.lang);
    else if (menusChanged) fillMenus();
    showPlaying();
    for (const b of document.querySelectorAll('#bar [data-act]')) b.disabled = !msg.loaded;
    for (const id of ['speed', 'python', 'method', 'scrubber']) $(id).disabled = !msg.loaded;
    $('b-into').setAttribute('aria-pressed', String(msg.into));
    const sc = $('scrubber');
    sc.max = String(Math.max(0, msg.steps - 1));
    if (!scrubbing) sc.value = String(msg.step);
    sc.setAttribute('aria-valuetext', msg.label);
    $('step-label').textContent = msg.label;
  }

  // Every press is a command for the Go side, queued there in order.
  for (const b of document.querySelectorAll('#bar [data-act]')) {
    b.addEventListener('click', () => command({ type: 'act', action: b.dataset.act }));
  }
  $('scrubber').addEventListener('input', () => command({ type: 'goto', step: Number($('scrubber').value) }));
  $('scrubber').addEventListener('pointerdown', () => { scrubbing = true; });
  for (const ev of ['pointerup', 'pointercancel', 'change']) {
    $('scrubber').addEventListener(ev, () => { scrubbing = false; });
  }
  function settings() {
    command({ type: 'settings', python: $('python').value, method: $('method').value,
      speed: Number($('speed').value) });
  }
  for (const id of ['speed', 'python', 'method']) $(id).addEventListener('change', settings);
  $('more-toggle').addEventListener('click', () => {
    const open = !$('more').classList.contains('open');
    $('more').classList.toggle('open', open);
    $('more-toggle').setAttribute('aria-expanded', String(open));
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && $('more').classList.contains('open')) {
      $('more').classList.remove('open');
      $('more-toggle').setAttribute('aria-expanded', 'false');
      $('more-toggle').focus();
    }
  });

  // The body (ebiten's canvas) ends where the bar begins; ebiten reads the
  // body's size when the window resizes.
  function fitBar() {
    const h = $('bar').getBoundingClientRect().height;
    const px = Math.ceil(h) + 'px';
    if (document.documentElement.style.getPropertyValue('--bar-h') === px) return;
    document.documentElement.style.setProperty('--bar-h', px);
    window.dispatchEvent(new Event('resize'));
  }
  new ResizeObserver(fitBar).observe($('bar'));
  fitBar();
  localise(startLang);

  // What the Go side says.
  globalThis.zombielabHost = {
    // loadFont fetches the CJK font the first time Chinese text is drawn
    // (web/player/cjk.go) and hands its bytes to the Go side.
    loadFont(url) {
      fetch(url).then((r) => {
        if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
        return r.arrayBuffer();
      }).then((buf) => globalThis.zombielab.font(new Uint8Array(buf)))
        .catch((e) => globalThis.zombielab.font(String(e.message || e)));
    },
    emit(msg) {
      switch (msg.type) {
        case 'ready':
          ready = true;
          exceptionShown = '';
          $('loading').hidden = true;
          $('editor-error').hidden = true;
          renderGutter(0);
          for (const m of pending) globalThis.zombielab.command(m);
          pending = [];
          break;
        case 'step': showStep(msg); break;
        case 'error': ready = true; $('loading').hidden = true; showError(msg); break;
        case 'source': showSource(msg.file, msg.code); break;
        case 'url': setQuery(msg.query); break;
        case 'controls': showControls(msg); break;
      }
      if (embedded && outbound.has(msg.type)) {
        const out = {};
        for (const k of Object.keys(msg)) if (k !== 'query') out[k] = msg[k];
        window.parent.postMessage(out, '*');
      }
    },
  };

  window.addEventListener('message', (ev) => {
    if (ev.source !== window.parent || ev.source === window) return;
    const msg = ev.data;
    if (msg && typeof msg.type === 'string' && inbound.has(msg.type)) command(msg);
  });

  $('edit-toggle').addEventListener('click', () => openEditor($('editor').hidden));
  $('source').addEventListener('input', () => renderGutter(0));
  // Tab indents (four spaces) rather than leaving the editor; Escape then
  // Tab leaves it, as keyboard users expect of a code editor.
  let tabLeaves = false;
  $('source').addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') { tabLeaves = true; return; }
    if (ev.key !== 'Tab' || ev.shiftKey || tabLeaves || ev.ctrlKey || ev.metaKey || ev.altKey) { tabLeaves = false; return; }
    ev.preventDefault();
    const ta = $('source');
    ta.setRangeText('    ', ta.selectionStart, ta.selectionEnd, 'end');
    renderGutter(0);
  });
  $('run').addEventListener('click', () => {
    $('editor-error').hidden = true;
    const header = headerCount ? $('header-src').value + '\n' : '';
    command({ type: 'load', code: header + $('source').value });
  });

  function hasWebGL2() {
    try {
      return !!document.createElement('canvas').getContext('webgl2');
    } catch (e) {
      return false;
    }
  }

  // Loading main.wasm: compiled while it downloads
  // (WebAssembly.instantiateStreaming), and never the 18 MB raw file when a
  // smaller one can be had. A server that negotiates encodings (zombielab
  // serve, most CDNs) sends main.wasm compressed by itself; a plain static
  // host (python3 -m http.server, a bucket) does not, and then the player
  // fetches the precompressed main.wasm.gz that `zombielab build` writes
  // and decompresses it in the browser (DecompressionStream).
  const wasmTotal = Number(document.querySelector('meta[name="zombielab-wasm-bytes"]').content) || 0;
  function progress(loaded) {
    if (wasmTotal > 0) $('loading-bar').value = Math.min(1, loaded / wasmTotal);
    const w = words[lang] || words.en;
    $('loading-text').textContent = w.progress((loaded / 1e6).toFixed(1), wasmTotal > 0 ? (wasmTotal / 1e6).toFixed(1) : '');
    if (wasmTotal > 0 && loaded >= wasmTotal) $('loading-text').textContent = w.starting;
  }
  // counted passes the wasm's bytes through, showing progress.
  function counted(body) {
    let loaded = 0;
    return body.pipeThrough(new TransformStream({
      transform(chunk, ctl) { loaded += chunk.length; progress(loaded); ctl.enqueue(chunk); },
    }));
  }
  function asWasm(body) {
    return new Response(counted(body), { headers: { 'Content-Type': 'application/wasm' } });
  }
  // wasmSource picks what to download and returns the wasm as a Response;
  // window.zombielabLoad says which (the browser tests and the README's
  // measurement read it).
  async function wasmSource() {
    const head = await fetch('main.wasm', { method: 'HEAD' }).catch(() => null);
    const negotiated = head && head.ok && (head.headers.get('Content-Encoding') || '') !== '';
    if (!negotiated && typeof DecompressionStream === 'function') {
      const gz = await fetch('main.wasm.gz').catch(() => null);
      if (gz && gz.ok) {
        // A host that labels .gz files with Content-Encoding has had the
        // browser decompress them already.
        const done = (gz.headers.get('Content-Encoding') || '').includes('gzip');
        globalThis.zombielabLoad = done ? 'main.wasm.gz, decompressed by the browser' : 'main.wasm.gz, DecompressionStream';
        return asWasm(done ? gz.body : gz.body.pipeThrough(new DecompressionStream('gzip')));
      }
    }
    const resp = await fetch('main.wasm');
    if (!resp.ok) throw new Error('main.wasm: HTTP ' + resp.status);
    globalThis.zombielabLoad = 'main.wasm' + (negotiated ? ', ' + head.headers.get('Content-Encoding') + ' from the server' : ', raw');
    return asWasm(resp.body);
  }

  async function instantiate(go) {
    const resp = await wasmSource();
    if (typeof WebAssembly.instantiateStreaming === 'function') {
      return WebAssembly.instantiateStreaming(resp, go.importObject);
    }
    return WebAssembly.instantiate(await resp.arrayBuffer(), go.importObject);
  }

  async function start() {
    if (!hasWebGL2()) {
      fatal('This player needs WebGL2, which this browser does not offer (or has turned off). ' +
        'Try a current Firefox, Chrome, Edge or Safari with hardware acceleration enabled.');
      return;
    }
    if (typeof Go !== 'function' || typeof WebAssembly !== 'object') {
      fatal('This browser cannot run WebAssembly.');
      return;
    }
    const go = new Go();
    const { instance } = await instantiate(go);
    $('loading-text').textContent = (words[lang] || words.en).starting;
    $('loading-bar').removeAttribute('value');
    await go.run(instance);
  }

  // Ebiten gives its canvas tabindex=1, which puts it before everything else
  // in the tab order (axe: tabindex); 0 keeps it focusable in page order.
  new MutationObserver(() => {
    for (const c of document.querySelectorAll('canvas')) if (c.tabIndex > 0) c.tabIndex = 0;
  }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['tabindex'] });

  start().catch((e) => fatal('The player could not start: ' + e.message));
})();
