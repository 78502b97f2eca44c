/** Legacy Vietnamese encodings (TCVN3/ABC, VNI): recognised and converted to Unicode. */
export { detectLegacy, decodeTcvn3, decodeVni, fontEncoding, type LegacyEncoding, type Detected } from './legacy';
export { convertLegacyGrid, legacyEncodingFindings, type ConvertedCell, type ConvertedGrid } from './convertGrid';
export { TCVN3, VNI } from './tables';
