/** Writes a LinkedIn-style Connections.csv with `rows` generated connections. */
export function writeLinkedInFile(path: string, rows: number): void;
