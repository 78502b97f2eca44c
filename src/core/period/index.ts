/** Reporting periods (data windows and due dates). */
export * from './period';
