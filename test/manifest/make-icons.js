#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16/32/64/80.png) with a tiny PNG encoder over zlib, so the
 * icons are reproducible from this file and need no image tool: a blue sheet with a white check.
 *   node test/manifest/make-icons.js [outDir]
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Distance from p to segment ab. */
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Colour of a point in the unit square: [r, g, b, a] with a in 0..1. */
function shade(x, y) {
  const r = 0.16; // corner radius
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - r - 0.02), 0);
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - r - 0.02), 0);
  if (Math.hypot(qx, qy) > r) return [0, 0, 0, 0];
  const check = Math.min(segDist(x, y, 0.24, 0.53, 0.43, 0.72), segDist(x, y, 0.43, 0.72, 0.78, 0.3));
  if (check < 0.085) return [255, 255, 255, 1];
  // Faint table rules: the sheet the check is about.
  const rule = [0.3, 0.5, 0.7].some((v) => Math.abs(y - v) < 0.018) && x > 0.12 && x < 0.88;
  return rule ? [64, 140, 214, 1] : [15, 108, 189, 1];
}

function render(size) {
  const ss = 4;
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const [cr, cg, cb, ca] = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return encodePng(size, out);
}

const SIZES = [16, 32, 64, 80];
module.exports = { render, SIZES };

if (require.main === module) {
  const dir = process.argv[2] || path.join(__dirname, '../../assets');
  for (const size of SIZES) fs.writeFileSync(path.join(dir, `icon-${size}.png`), render(size));
  console.log(`icons written to ${dir}`);
}
