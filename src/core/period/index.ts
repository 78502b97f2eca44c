/** Reporting periods (data windows and due dates), and the day a report is read as of. */
export * from './period';
export * from './today';
