// Writes a LinkedIn-style Connections.csv with `rows` generated connections (preamble,
// blank line, header, mostly empty emails, some shared companies), for benches and tests.
import { writeFileSync } from "node:fs";

const first = [
  "Ada",
  "Bea",
  "Chloé",
  "Dmitri",
  "Ewa",
  "Farid",
  "Grace",
  "Hiro",
  "Inès",
  "José",
  "Kai",
  "Lena",
];
const last = [
  "Okafor",
  "Lindqvist",
  "Ng",
  "O'Brien",
  "García",
  "Müller",
  "Haddad",
  "Kowalski",
  "Zhou",
  "Smith",
];
const companies = Array.from({ length: 800 }, (_, index) => `Company ${index}, Inc.`);
const positions = [
  "Engineer",
  "Analyst",
  "Speech-Language Pathologist",
  "Counsel",
  "UX Researcher",
  "Director",
];

export function writeLinkedInFile(path, rows) {
  const lines = [
    '"Notes:"',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  ];
  for (let index = 0; index < rows; index += 1) {
    const email = index % 7 === 0 ? `person${index}@example.com` : "";
    const company = companies[index % companies.length];
    lines.push(
      `${first[index % first.length]},${last[(index * 7) % last.length]} ${index},https://www.linkedin.com/in/person-${index},${email},"${company}",${positions[index % positions.length]},12 Mar 2024`,
    );
  }
  writeFileSync(path, `\uFEFF${lines.join("\r\n")}\r\n`);
}
