// The player page's glue around main.wasm: it downloads the wasm with a
// progress bar, checks for WebGL2, relays the postMessage API between the
// host page and the Go side (window.zombielab), keeps the URL, the editor,
// the Chinese caption and the screen-reader mirror in step with what the
// Go side emits (window.zombielabHost.emit).
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const embedded = window.parent !== window;
  // edit=0 (web/contract): an embed that only shows, without "Edit code".
  const noEdit = ['0', 'false', 'no', 'off'].includes(new URLSearchParams(location.search).get('edit'));
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
    $('header-summary').textContent = headerCount + ' header lines (title, lesson, settings)';
    code = lines.slice(headerCount).join('\n');
    $('source').value = code;
    $('editor-file').textContent = file;
    renderGutter(0);
    $('edit-toggle').hidden = noEdit;
  }

  function renderGutter(badLine) {
    const n = $('source').value.split('\n').length;
    $('source').rows = n;
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
    renderGutter(msg.line || 0);
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
    renderGutter(msg.exceptionLine || 0);
    if (!exceptionShown) openEditor(true);
    exceptionShown = text;
  }

  // placeCaption lays the caption over the canvas's narration band: ebiten
  // scales the fixed logical canvas to fit the window, centred.
  let captionAt = null;
  function placeCaption() {
    if (!captionAt) return;
    const [w, h] = captionAt.canvas;
    const [x, y, bw, bh] = captionAt.box;
    const scale = Math.min(window.innerWidth / w, window.innerHeight / h);
    const left = (window.innerWidth - w * scale) / 2;
    const top = (window.innerHeight - h * scale) / 2;
    const c = $('caption').style;
    c.left = (left + x * scale) + 'px';
    c.top = (top + y * scale) + 'px';
    c.width = (bw * scale) + 'px';
    c.height = (bh * scale) + 'px';
    // 12–18 px, as the canvas's own text; a band tall enough for more
    // than two lines (the phone layout) wraps instead of cutting the
    // sentence.
    const px = Math.max(12, Math.min(18, bh * scale * 0.5));
    c.fontSize = px + 'px';
    c.whiteSpace = bh * scale >= 2.6 * px ? 'normal' : 'nowrap';
  }
  window.addEventListener('resize', placeCaption);

  let localised = '';
  function showStep(msg) {
    if (msg.lang !== localised) { localise(msg.lang); localised = msg.lang; }
    showException(msg);
    if (msg.canvas && msg.captionBox) {
      captionAt = { canvas: msg.canvas, box: msg.captionBox };
      placeCaption();
    }
    $('mirror-narration').textContent = [msg.stepText, msg.narration, msg.zombies].filter(Boolean).join('. ');
    $('mirror-ps').textContent = msg.ps;
    const zh = msg.lang === 'zh';
    $('caption').hidden = !zh;
    if (zh) $('caption').textContent = msg.narration;
  }

  // The settings menu: version, start method, step into; opened by the
  // canvas's settings button (Go sends "menu"), in the page's language.
  const menuWords = {
    en: { title: 'Settings', python: 'Python version', method: 'Start method',
      into: "Step into library code (multiprocessing's own lines)", apply: 'Apply', cancel: 'Cancel',
      edit: 'Edit code' },
    zh: { title: '设置', python: 'Python 版本', method: '启动方式',
      into: '单步进入库代码（multiprocessing 自己的代码行）', apply: '应用', cancel: '取消',
      edit: '编辑代码' },
  };
  function localise(lang) {
    const w = menuWords[lang] || menuWords.en;
    $('settings-title').textContent = w.title;
    $('settings-python-label').textContent = w.python;
    $('settings-method-label').textContent = w.method;
    $('settings-into-label').textContent = w.into;
    $('settings-apply').textContent = w.apply;
    $('settings-cancel').textContent = w.cancel;
    $('edit-toggle').textContent = w.edit;
  }
  function fill(select, values, chosen) {
    select.textContent = '';
    for (const v of values) {
      const o = document.createElement('option');
      o.value = o.textContent = v;
      o.selected = v === chosen;
      select.appendChild(o);
    }
  }
  function openMenu(msg) {
    localise(msg.lang);
    fill($('settings-python'), msg.versions, msg.python);
    fill($('settings-method'), msg.methods, msg.method);
    $('settings-into').checked = msg.into;
    if (!$('settings').open) $('settings').showModal();
  }
  $('settings').addEventListener('close', () => {
    if ($('settings').returnValue !== 'apply') return;
    command({ type: 'settings', python: $('settings-python').value,
      method: $('settings-method').value, into: $('settings-into').checked });
  });

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
        case 'menu': openMenu(msg); break;
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
    $('loading-text').textContent = 'Loading the player: ' + (loaded / 1e6).toFixed(1) +
      (wasmTotal > 0 ? ' of ' + (wasmTotal / 1e6).toFixed(1) : '') + ' MB';
    if (wasmTotal > 0 && loaded >= wasmTotal) $('loading-text').textContent = 'Starting the player…';
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
    $('loading-text').textContent = 'Starting the player…';
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
