import { type AddressInfo, createServer, type Socket } from "node:net";

/**
 * A hostile SMTP server on 127.0.0.1: it takes any login, remembers every line of it, and
 * refuses the sender with a reply that echoes them all (the base64 AUTH strings) and the
 * password decoded, URL-encoded: everything a client must not show its user.
 */
export async function startHostileSmtp(authMethod: "PLAIN" | "LOGIN") {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.setEncoding("utf8");
    const heard: string[] = [];
    let pending = "";
    let loginSteps = 0;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 hostile.test ESMTP");
    socket.on("data", (chunk: string) => {
      pending += chunk;
      for (let end = pending.indexOf("\r\n"); end >= 0; end = pending.indexOf("\r\n")) {
        const line = pending.slice(0, end);
        pending = pending.slice(end + 2);
        const command = line.toUpperCase();
        if (command.startsWith("EHLO")) reply(`250-hostile.test\r\n250 AUTH ${authMethod}`);
        else if (command.startsWith("AUTH PLAIN")) {
          heard.push(line.slice("AUTH PLAIN ".length));
          reply("235 2.7.0 Accepted");
        } else if (command.startsWith("AUTH LOGIN")) {
          loginSteps = 2;
          reply("334 VXNlcm5hbWU6");
        } else if (loginSteps > 0) {
          heard.push(line);
          loginSteps -= 1;
          reply(loginSteps > 0 ? "334 UGFzc3dvcmQ6" : "235 2.7.0 Accepted");
        } else if (command.startsWith("MAIL FROM")) {
          const decoded = heard.map((text) => Buffer.from(text, "base64").toString("utf8"));
          const urlEncoded = decoded.map((text) => encodeURIComponent(text));
          reply(`550 5.7.1 You said ${[...heard, ...urlEncoded].join(" and ")}`);
        } else if (command.startsWith("QUIT")) {
          reply("221 bye");
          socket.end();
        } else reply("250 OK");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
