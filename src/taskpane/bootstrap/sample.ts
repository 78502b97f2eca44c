/** The bundled sample workbook, served beside the pane (copied there by the build). */
export const SAMPLE = { url: 'ke-hoach-cchc-2024.xlsx', name: 'ke-hoach-cchc-2024.xlsx' };

export async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}
