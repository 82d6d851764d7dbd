import { type Diagnostic, diag } from '../diagnostics';

/** 1-based line and column of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three/four-byte forms, surrogates and code points past U+10FFFF.
    const c1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 >= 0xa0) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 >= 0x90)) return i;
    i += n + 1;
  }
  return -1;
}

/**
 * Decodes the bytes of a config.ml as UTF-8 without changing any of them (a byte-order mark is kept).
 * A byte that is not UTF-8 (a Latin-1 `é`, say) is an error at its line:column rather than a silent U+FFFD.
 */
export function decodeConfigBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; diagnostic: Diagnostic } {
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad));
  const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
  return {
    ok: false,
    diagnostic: diag('MC022', 'error', `Byte 0x${hex} is not UTF-8 text: config.ml must be UTF-8 (this looks like Latin-1 or another 8-bit encoding).`, {
      ...lineColumn(before, before.length),
      hint: 'Convert it, e.g. `iconv -f latin1 -t utf-8 config.ml`, then import again.',
    }),
  };
}

/** A warning for the first U+FFFD in a text that was already decoded (a byte that was not UTF-8 was replaced). */
export function replacementCharWarning(text: string): Diagnostic | null {
  const at = text.indexOf('\ufffd');
  if (at < 0) return null;
  return diag('MC022', 'warning', 'config.ml contains U+FFFD (�), the mark a decoder leaves where a byte was not UTF-8: text may have been lost when the file was read.', {
    ...lineColumn(text, at),
    hint: 'Check that the file is saved as UTF-8; if this character is meant, ignore this.',
  });
}
