import type { BuiltinQuestion, QuestionGroup, TiaraTag } from "./preparation.js";

/**
 * The built-in question bank (METHOD §4), written for Rapport in our own words. Every
 * question is open: a wh-question or a polite request, never one a "yes" could answer.
 * Keys are stable (plans name them): `<group>-<topic>-<n>`; never renumber, only add.
 */

type Entry = readonly [key: string, tags: readonly TiaraTag[], text: string];

const field: readonly Entry[] = [
  ["field-growth-1", ["trends"], "Where do you see this field growing over the next five years?"],
  [
    "field-growth-2",
    ["trends", "insights"],
    "Which parts of the organization are expanding, and which are shrinking?",
  ],
  [
    "field-growth-3",
    ["trends"],
    "What new kinds of work have appeared in this field since you started?",
  ],
  [
    "field-growth-4",
    ["insights"],
    "How has the organization changed in the time you have been here?",
  ],
  [
    "field-openings-1",
    ["insights"],
    "How do people usually hear about openings here before they are posted?",
  ],
  [
    "field-openings-2",
    ["insights", "advice"],
    "What roles do newcomers to this field typically start in?",
  ],
  [
    "field-openings-3",
    ["insights"],
    "When in the year does hiring usually happen in this line of work?",
  ],
  [
    "field-openings-4",
    ["advice"],
    "Which kinds of organizations hire the most people with my interests, and why?",
  ],
  [
    "field-advancement-1",
    ["insights"],
    "What does a typical path upward look like from an entry-level role here?",
  ],
  [
    "field-advancement-2",
    ["insights"],
    "How do people here get noticed for bigger responsibilities?",
  ],
  [
    "field-advancement-3",
    ["advice"],
    "What separates the people who advance quickly from the rest?",
  ],
  [
    "field-advancement-4",
    ["insights"],
    "How long do people tend to stay in one role before moving on?",
  ],
  ["field-culture-1", ["insights"], "How would you describe the way people work together here?"],
  [
    "field-culture-2",
    ["insights"],
    "What kind of person tends to thrive in this organization, and who struggles?",
  ],
  ["field-culture-3", ["insights"], "How are decisions made on your team?"],
  [
    "field-culture-4",
    ["insights"],
    "What does the organization value that an outsider might not notice?",
  ],
  [
    "field-culture-5",
    ["insights"],
    "How do people here balance work with the rest of their lives?",
  ],
  ["field-trends-1", ["trends"], "Which changes in technology are reshaping this work right now?"],
  [
    "field-trends-2",
    ["trends"],
    "What problems is the whole industry trying to solve at the moment?",
  ],
  [
    "field-trends-3",
    ["trends", "resources"],
    "Which publications, newsletters or events do you follow to keep up with the field?",
  ],
  [
    "field-trends-4",
    ["trends", "insights"],
    "What do you think most people misunderstand about this industry?",
  ],
  [
    "field-trends-5",
    ["trends"],
    "How are regulations or public expectations changing the way this work is done?",
  ],
];

const person: readonly Entry[] = [
  ["person-path-1", ["insights"], "How did you find your way into this line of work?"],
  ["person-path-2", ["insights"], "What led you to choose this organization over others?"],
  [
    "person-path-3",
    ["insights"],
    "Which earlier jobs or studies turned out to help you most in this role?",
  ],
  ["person-path-4", ["insights"], "What surprised you most when you first started in this field?"],
  [
    "person-week-1",
    ["insights"],
    "Could you walk me through what a typical week looks like for you?",
  ],
  [
    "person-week-2",
    ["insights"],
    "How is your time divided between meetings, focused work and time with clients or users?",
  ],
  ["person-week-3", ["insights"], "What does a particularly good day at work look like for you?"],
  [
    "person-week-4",
    ["insights"],
    "Which tools and skills do you rely on most in an ordinary week?",
  ],
  [
    "person-repeat-1",
    ["advice"],
    "Looking back, what would you do again if you were starting over?",
  ],
  [
    "person-repeat-2",
    ["advice"],
    "What would you do differently if you were entering the field today?",
  ],
  [
    "person-repeat-3",
    ["advice"],
    "What do you wish someone had told you before you took this job?",
  ],
  [
    "person-repeat-4",
    ["advice"],
    "Which decision in your career made the biggest difference, and why?",
  ],
  ["person-rewards-1", ["insights"], "What do you find most rewarding about your work?"],
  [
    "person-rewards-2",
    ["insights"],
    "What is the hardest part of your job, and how do you handle it?",
  ],
  ["person-rewards-3", ["insights"], "Which project are you proudest of, and what made it work?"],
  ["person-rewards-4", ["insights"], "What keeps you in this role when other offers come along?"],
  [
    "person-rewards-5",
    ["insights"],
    "What parts of the job drain your energy, and how do you recover?",
  ],
  ["person-next-1", ["assignments"], "What are you working on now that excites you most?"],
  [
    "person-next-2",
    ["trends", "insights"],
    "Where would you like your own career to go from here?",
  ],
  ["person-next-3", ["assignments"], "What would you suggest I read or try before we speak again?"],
];

const chances: readonly Entry[] = [
  [
    "chances-experience-1",
    ["advice"],
    "What experience do hiring managers here look for in a first hire?",
  ],
  [
    "chances-experience-2",
    ["advice"],
    "Which skills would make someone stand out for an entry-level role in this field?",
  ],
  [
    "chances-experience-3",
    ["advice", "assignments"],
    "What kind of project could I take on now to show I can do this work?",
  ],
  [
    "chances-experience-4",
    ["advice"],
    "How much do internships or volunteer work count when people are hired here?",
  ],
  [
    "chances-programs-1",
    ["resources"],
    "Which degrees or training programs are most respected in this field?",
  ],
  [
    "chances-programs-2",
    ["resources"],
    "Which certifications are worth the time and money, and which are not?",
  ],
  [
    "chances-programs-3",
    ["resources"],
    "Which professional associations or groups would you recommend I join?",
  ],
  [
    "chances-programs-4",
    ["resources"],
    "What courses, books or online material helped you the most early on?",
  ],
  ["chances-fit-1", ["advice"], "How do you think my background could fit into this field?"],
  [
    "chances-fit-2",
    ["advice"],
    "What gaps do you see between my experience and what this work requires?",
  ],
  ["chances-fit-3", ["advice"], "How would you present my experience if you were in my position?"],
  [
    "chances-fit-4",
    ["advice"],
    "What would worry a hiring manager about someone with my background, and how could I answer it?",
  ],
  ["chances-fit-5", ["advice", "assignments"], "What would you do next if you were in my place?"],
  [
    "chances-pay-1",
    ["insights"],
    "What salary range is realistic for someone starting out in this role?",
  ],
  [
    "chances-pay-2",
    ["insights"],
    "How does pay usually grow over the first few years in this field?",
  ],
  [
    "chances-pay-3",
    ["insights"],
    "Which benefits matter most to people here, and how do they compare with other employers?",
  ],
  [
    "chances-pay-4",
    ["insights"],
    "What parts of a job offer in this field are usually open to negotiation?",
  ],
  [
    "chances-people-1",
    ["resources", "assignments"],
    "Who else would you suggest I talk to, and how should I mention that you sent me?",
  ],
  [
    "chances-people-2",
    ["resources"],
    "Which organizations should I look at beyond the obvious names?",
  ],
  [
    "chances-people-3",
    ["assignments"],
    "What is one thing you would have me do this month to get closer to this work?",
  ],
];

function entries(group: QuestionGroup, list: readonly Entry[]): BuiltinQuestion[] {
  return list.map(([key, tags, text]) => ({ key, text, group, tags: [...tags] }));
}

/** Every built-in question, grouped field, person, chances, in the bank's order. */
export const builtinQuestions: readonly BuiltinQuestion[] = [
  ...entries("field", field),
  ...entries("person", person),
  ...entries("chances", chances),
];

const byKey = new Map(builtinQuestions.map((question) => [question.key, question]));

/** The built-in question with this key, or null (a key from an older bank, say). */
export function builtinQuestion(key: string): BuiltinQuestion | null {
  return byKey.get(key) ?? null;
}
