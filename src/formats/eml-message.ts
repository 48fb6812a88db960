import MailComposer, { type MailComposerOptions } from "nodemailer/lib/mail-composer";

/** One outgoing e-mail, as the composer has it: the same shape for .eml and for SMTP. */
export interface OutgoingMessage {
  from: { name: string | null; address: string };
  to: { name: string; address: string };
  subject: string;
  text: string;
  date: Date;
  attachment?: { fileName: string; contentType: string; content: Buffer };
}

/** nodemailer's message options; plain text only, since a request for advice needs no HTML. */
export function mailOptions(message: OutgoingMessage): MailComposerOptions {
  return {
    from: message.from.name
      ? { name: message.from.name, address: message.from.address }
      : message.from.address,
    to: { name: message.to.name, address: message.to.address },
    subject: message.subject,
    text: message.text,
    date: message.date,
    ...(message.attachment
      ? {
          attachments: [
            {
              filename: message.attachment.fileName,
              contentType: message.attachment.contentType,
              content: message.attachment.content,
            },
          ],
        }
      : {}),
  };
}

/** The RFC 822 (.eml) file a mail app opens as the message, attachment included. */
export function composeEml(message: OutgoingMessage): Promise<Buffer> {
  return new MailComposer(mailOptions(message)).compile().build();
}
