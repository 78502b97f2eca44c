/**
 * The two parsers exceljs's `XLSX#load` builds for itself and keeps in its model (exceljs 4.4,
 * lib/xlsx/xform); loadParts.ts builds them the same way. Only what it calls is declared.
 */
declare module 'exceljs/lib/xlsx/xform/strings/shared-strings-xform' {
  class SharedStringsXform {
    parseStream(stream: Iterable<string>): Promise<unknown>;
  }
  export = SharedStringsXform;
}

declare module 'exceljs/lib/xlsx/xform/style/styles-xform' {
  class StylesXform {
    parseStream(stream: Iterable<string>): Promise<unknown>;
  }
  export = StylesXform;
}
