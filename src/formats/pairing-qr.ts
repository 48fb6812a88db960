import QRCode from "qrcode";

/**
 * The pairing link as a QR code: an SVG for Settings (drawn here, so the qrcode package
 * never reaches the browser bundle) and block characters for the terminal.
 */
export function pairingQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
}

/** Half-height blocks (two rows a line), small enough for an 80-column terminal. */
export function pairingQrTerminal(url: string): Promise<string> {
  return QRCode.toString(url, { type: "terminal", small: true, errorCorrectionLevel: "M" });
}
