// Python highlighting for the player's editor: one pass of one regular
// expression over the source gives comments, strings (prefixed, triple
// quoted), decorators, names and numbers; names are told apart as
// keywords, builtins and the name a def or class introduces. The result is
// HTML for the <pre> that lies under the editor's transparent textarea,
// character for character, so it never changes the text, only its colour.
// An error's position (an offset into the source) is marked with a wavy
// underline.
'use strict';
globalThis.zombielabHighlight = (() => {
  const keywords = new Set(('False None True and as assert async await break class continue def del elif ' +
    'else except finally for from global if import in is lambda nonlocal not or pass raise return try ' +
    'while with yield match case').split(' '));
  const builtins = new Set(('print len range open int str list dict set tuple bool float bytes isinstance ' +
    'issubclass super object type repr id iter next sorted reversed enumerate zip map filter min max sum ' +
    'abs all any hasattr getattr setattr input hash format divmod round pow chr ord vars dir callable ' +
    'Exception BaseException ValueError TypeError KeyError IndexError OSError RuntimeError ' +
    'KeyboardInterrupt SystemExit StopIteration ChildProcessError ZeroDivisionError self cls').split(' '));
  // One alternative per kind: comment, string, decorator, name, number.
  const token = new RegExp([
    /(#[^\n]*)/.source,
    /((?:[rRbBuUfF]{1,2})?(?:'''[\s\S]*?(?:'''|$)|"""[\s\S]*?(?:"""|$)|'(?:\\.|[^'\\\n])*'?|"(?:\\.|[^"\\\n])*"?))/.source,
    /(@[A-Za-z_][\w.]*)/.source,
    /([A-Za-z_]\w*)/.source,
    /(0[xXoObB][\da-fA-F_]+|\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?[jJ]?|\.\d+(?:[eE][+-]?\d+)?)/.source,
  ].join('|'), 'g');
  const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
  const escape = (s) => s.replace(/[&<>]/g, (c) => escapes[c]);

  // highlight returns the HTML of src; errAt is the offset of the
  // character to mark (-1: none).
  return function highlight(src, errAt) {
    const out = [];
    // emit writes src[start, start+text.length) in class cls, splitting
    // off the marked character.
    const emit = (start, text, cls) => {
      if (text === '') return;
      const k = errAt - start;
      if (k >= 0 && k < text.length) {
        emit(start, text.slice(0, k), cls);
        const c = text[k];
        // A mark on a line's end is a marked space before the newline.
        out.push('<span class="bad">' + (c === '\n' ? ' ' : wrap(escape(c), cls)) + '</span>' + (c === '\n' ? '\n' : ''));
        emit(start + k + 1, text.slice(k + 1), cls);
        return;
      }
      out.push(wrap(escape(text), cls));
    };
    const wrap = (html, cls) => (cls ? '<span class="' + cls + '">' + html + '</span>' : html);
    let last = 0;
    let naming = false; // the previous name was def or class
    token.lastIndex = 0;
    for (let m; (m = token.exec(src)) !== null;) {
      if (m[0] === '') { token.lastIndex++; continue; }
      emit(last, src.slice(last, m.index), '');
      let cls = 'num';
      if (m[1] !== undefined) cls = 'com';
      else if (m[2] !== undefined) cls = 'str';
      else if (m[3] !== undefined) cls = 'dec';
      else if (m[4] !== undefined) {
        cls = naming ? 'def' : keywords.has(m[4]) ? 'kw' : builtins.has(m[4]) ? 'bi' : '';
      }
      naming = m[4] === 'def' || m[4] === 'class';
      emit(m.index, m[0], cls);
      last = m.index + m[0].length;
    }
    emit(last, src.slice(last), '');
    if (errAt >= src.length) out.push('<span class="bad"> </span>');
    return out.join('');
  };
})();
