/** A one-line progress bar on a terminal; silent when output is piped or logged. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastDrawn = 0;
  return {
    update(done: number, total: number) {
      if (!stream.isTTY || total === 0) return;
      const now = Date.now();
      // Redrawing more than ~20 times a second only costs time.
      if (done < total && now - lastDrawn < 50) return;
      lastDrawn = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(
        `\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`,
      );
      if (done >= total) stream.write("\n");
    },
  };
}
