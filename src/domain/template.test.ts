import { describe, expect, it } from "vitest";
import { mergeFields } from "./outreach-draft.js";
import {
  builtInTemplateFor,
  previewTemplate,
  templateInputSchema,
  templateMergeFields,
  templatePurposes,
  unknownMergeFields,
} from "./template.js";
import { validate } from "./validation.js";

const valid = {
  name: "Warm e-mail",
  purpose: "email",
  subject: "Advice on {{field}}",
  body: "Hello {{first_name}},\n\nI'm {{my_name}}.\n\nBest,\n{{my_name}}",
};

describe("templateInputSchema", () => {
  it("accepts a template with known merge fields, trims the name, empties the subject to null", () => {
    const checked = validate(templateInputSchema, { ...valid, name: "  Warm  ", subject: " " });
    expect(checked).toEqual({
      ok: true,
      value: { ...valid, name: "Warm", subject: null },
    });
  });

  it("requires a name of at most 100 characters and a body of at most 20,000", () => {
    expect(validate(templateInputSchema, { ...valid, name: " " })).toMatchObject({
      fields: { name: "Enter a name" },
    });
    expect(validate(templateInputSchema, { ...valid, name: "x".repeat(101) })).toMatchObject({
      fields: { name: expect.stringContaining("at most 100") },
    });
    expect(validate(templateInputSchema, { ...valid, body: "\n  \n" })).toMatchObject({
      fields: { body: "Write the template's text" },
    });
    expect(validate(templateInputSchema, { ...valid, body: "x".repeat(20_001) })).toMatchObject({
      fields: { body: expect.stringContaining("20,000") },
    });
    expect(validate(templateInputSchema, { ...valid, body: "x".repeat(20_000) }).ok).toBe(true);
    expect(validate(templateInputSchema, { ...valid, subject: "x".repeat(201) })).toMatchObject({
      fields: { subject: expect.stringContaining("at most 200") },
    });
  });

  it("accepts each purpose and refuses another", () => {
    for (const purpose of ["email", "letter", "network_message", "thank_you", "confirm"]) {
      expect(validate(templateInputSchema, { ...valid, purpose }).ok).toBe(true);
    }
    expect(validate(templateInputSchema, { ...valid, purpose: "fax" })).toMatchObject({
      fields: { purpose: "Choose what the template is for" },
    });
  });

  it("names an unknown merge field and lists the valid ones, in the body and the subject", () => {
    const body = validate(templateInputSchema, {
      ...valid,
      body: "Hi {{firstname}}, {{ my_name }}",
    });
    expect(body.ok).toBe(false);
    const message = body.ok ? "" : (body.fields.body ?? "");
    expect(message).toMatch(/^Unknown merge field \{\{firstname\}\}\. Use one of: /);
    for (const field of templateMergeFields) expect(message).toContain(`{{${field}}}`);

    const subject = validate(templateInputSchema, { ...valid, subject: "{{topic}} and {{when}}" });
    expect(subject).toMatchObject({
      fields: { subject: expect.stringMatching(/^Unknown merge field \{\{topic\}\}\./) },
    });
  });

  it("names every unknown field once", () => {
    expect(unknownMergeFields("{{a}} {{first_name}} {{b}} {{a}} {{ }}")).toEqual(["a", "b", ""]);
  });

  it("reads field names as fillTemplate does: spaces and capitals are fine", () => {
    expect(unknownMergeFields("{{ First_Name }} {{MY_PHONE}}")).toEqual([]);
  });

  it("refuses a merge field that is not closed", () => {
    expect(validate(templateInputSchema, { ...valid, body: "Hi {{first_name," })).toMatchObject({
      fields: { body: expect.stringMatching(/not closed/) },
    });
  });
});

describe("templateMergeFields", () => {
  it("holds the first-touch fields and those of thank-yous and confirmations", () => {
    expect(templateMergeFields).toEqual(expect.arrayContaining([...mergeFields]));
    expect(templateMergeFields).toEqual(expect.arrayContaining(["my_phone", "when", "place"]));
    expect(new Set(templateMergeFields).size).toBe(templateMergeFields.length);
  });
});

describe("previews and built-in starting points", () => {
  it("fills a template for the sample person and the explorer as they are", () => {
    const text = previewTemplate("Hi {{first_name}}, I'm {{my_name}} ({{my_phone}}).", {
      name: "Ana Souza",
      schoolOrRole: null,
      phone: null,
    });
    expect(text).toBe("Hi Maya, I'm Ana Souza ((410) 555-0123).");
  });

  it("offers the built-in text to start from for every purpose", () => {
    expect(builtInTemplateFor("email")).toMatch(/^Hello \{\{first_name\}\},/);
    expect(builtInTemplateFor("letter")).toMatch(/^Dear \{\{formal_name\}\},/);
    expect(builtInTemplateFor("thank_you")).toMatch(/talk with me \{\{when\}\}/);
    expect(builtInTemplateFor("confirm")).toMatch(/\{\{my_phone\}\}/);
  });

  it("every built-in template passes its own validation", () => {
    for (const purpose of templatePurposes) {
      const body = builtInTemplateFor(purpose);
      expect(validate(templateInputSchema, { name: purpose, purpose, body }).ok).toBe(true);
    }
  });
});
