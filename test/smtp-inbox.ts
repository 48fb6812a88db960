import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A real SMTP server on 127.0.0.1 that takes one user and keeps what it receives. */
export interface SmtpInbox {
  port: number;
  user: string;
  password: string;
  /** Parsed messages, in the order they arrived. */
  received: ParsedMail[];
  /** The raw bytes of each message, for checks a parser would smooth over. */
  raw: Buffer[];
  close(): Promise<void>;
}

/**
 * Plain SMTP without TLS (security "none"), with AUTH PLAIN/LOGIN allowed on it: enough to
 * check what Rapport sends without certificates.
 */
export async function startSmtpInbox(
  credentials = { user: "explorer", password: "s3cret-Pa55!" },
): Promise<SmtpInbox> {
  const received: ParsedMail[] = [];
  const raw: Buffer[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authMethods: ["PLAIN", "LOGIN"],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.password) {
        callback(null, { user: auth.username });
      } else {
        callback(new Error("Invalid username or password"));
      }
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const bytes = Buffer.concat(chunks);
        raw.push(bytes);
        simpleParser(bytes)
          .then((parsed) => {
            received.push(parsed);
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    ...credentials,
    received,
    raw,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
