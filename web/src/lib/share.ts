/** Copies text: the Clipboard API where the page may use it (a secure context), else a selected textarea. Resolves whether it worked. */
export async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard !== undefined) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused (an unfocused page): the older way below may still work.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'sr-only';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  return copied;
}

/** Saves text as a file the browser names `filename`. */
export function saveFile(text: string, filename: string, type: string): void {
  const link = document.createElement('a');
  link.download = filename;
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
