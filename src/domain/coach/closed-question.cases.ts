/**
 * Questions labelled by hand by the rule in question-check.ts: closed when a bare "yes" or "no"
 * would be a complete, natural answer. `hard` marks the cases a keyword list would get wrong.
 */
export interface LabelledQuestion {
  text: string;
  closed: boolean;
  hard?: true;
}

export const labelledQuestions: LabelledQuestion[] = [
  // Plain yes/no questions.
  { text: "Do you like your job?", closed: true },
  { text: "Is there room to grow at Acme?", closed: true },
  { text: "Did you study design?", closed: true },
  { text: "Are there jobs in Denver?", closed: true },
  { text: "Have you ever worked abroad?", closed: true },
  { text: "Would you recommend this field?", closed: true },
  { text: "Can I apply without a degree?", closed: true },
  { text: "Should I get a master's degree first?", closed: true },
  { text: "Is the field growing?", closed: true },
  { text: "Does your team work remotely?", closed: true },
  { text: "Was it hard to switch careers?", closed: true },
  { text: "Will there be openings next year?", closed: true },
  { text: "Do you have any advice for someone like me?", closed: true },
  { text: "Are there any resources you'd recommend?", closed: true },
  { text: "Has the company changed since you joined?", closed: true },
  { text: "Could you see yourself staying here for ten years?", closed: true },
  { text: "Is it a good time to enter UX?", closed: true },
  { text: "Do you enjoy managing people?", closed: true },
  // Plain open questions.
  { text: "What do you find most rewarding in your role?", closed: false },
  { text: "How did you get started in this field?", closed: false },
  { text: "Why did you leave consulting?", closed: false },
  { text: "Where do you see the industry going?", closed: false },
  { text: "When did you know this was the right path?", closed: false },
  { text: "Which skills matter most for a junior analyst?", closed: false },
  { text: "Who else should I talk to?", closed: false },
  { text: "What's a typical week like for you?", closed: false },
  { text: "How long did it take you to get promoted?", closed: false },
  { text: "How much travel does the job involve?", closed: false },
  { text: "What advice would you give someone starting out?", closed: false },
  { text: "What would you do differently if you started over?", closed: false },
  // Polite requests that set a telling task: open.
  { text: "Could you walk me through a typical week?", closed: false, hard: true },
  { text: "Can you tell me what a typical day looks like?", closed: false, hard: true },
  { text: "Would you describe how your team makes decisions?", closed: false, hard: true },
  { text: "Could you share how you prepared for your first interview?", closed: false, hard: true },
  { text: "Can you talk about the biggest challenges in your job?", closed: false, hard: true },
  { text: "Would you be willing to explain how promotions work?", closed: false, hard: true },
  { text: "Would you mind telling me how you found this role?", closed: false, hard: true },
  { text: "Do you mind sharing what you earned in your first year?", closed: false, hard: true },
  { text: "Would it be possible to hear about your path into nursing?", closed: false, hard: true },
  { text: "Could you tell me about your path?", closed: false, hard: true },
  { text: "Can I ask what your day looks like?", closed: false, hard: true },
  { text: "May I ask how you negotiated your salary?", closed: false, hard: true },
  {
    text: "Could you please elaborate on what you look for in a portfolio?",
    closed: false,
    hard: true,
  },
  { text: "Can you give me an example of a project you're proud of?", closed: false, hard: true },
  { text: "Do you know how long it usually takes to get certified?", closed: false, hard: true },
  {
    text: "Do you think you could tell me how the hiring process works?",
    closed: false,
    hard: true,
  },
  { text: "Could you recommend a few people I should talk to?", closed: false, hard: true },
  // Requests whose telling is itself yes or no, or that ask permission: closed.
  { text: "Can you tell me if there are openings on your team?", closed: true, hard: true },
  { text: "Could you tell me whether you hire career changers?", closed: true, hard: true },
  { text: "Can I ask you a question?", closed: true, hard: true },
  { text: "Do you know if they sponsor visas?", closed: true, hard: true },
  { text: "Do you know anyone at the city's planning office?", closed: true, hard: true },
  { text: "Would you be open to introducing me to a colleague?", closed: true, hard: true },
  { text: "Would you say the field is getting more competitive?", closed: true, hard: true },
  // Wh-words inside a closed frame.
  { text: "Is what I've heard about the long hours true?", closed: true, hard: true },
  { text: "Is how you started typical for people in this field?", closed: true, hard: true },
  { text: "Does what you do involve much travel?", closed: true, hard: true },
  { text: "Have you thought about what you'd do next?", closed: true, hard: true },
  // Preambles and fronted phrases.
  {
    text: "I read your article on accessible forms. What made you write it?",
    closed: false,
    hard: true,
  },
  {
    text: "I read your article on accessible forms. Did it get a lot of attention?",
    closed: true,
    hard: true,
  },
  { text: "In your experience, what matters most in a first job?", closed: false, hard: true },
  { text: "Looking back, would you do it again?", closed: true, hard: true },
  { text: "In your view, what matters most?", closed: false, hard: true },
  { text: "When you started, did you feel out of your depth?", closed: true, hard: true },
  {
    text: "If you could change one thing about your job, what would it be?",
    closed: false,
    hard: true,
  },
  { text: "As someone who switched careers, do you regret it?", closed: true, hard: true },
  { text: "So, what does a good first year look like?", closed: false, hard: true },
  { text: "And do you still enjoy the work?", closed: true, hard: true },
  { text: "In what way did your degree prepare you?", closed: false, hard: true },
  { text: "To what extent does your team use research?", closed: false, hard: true },
  // Alternatives offer a choice; "or not" and "any A or B" do not.
  { text: "Is it better to start in-house or at an agency?", closed: false, hard: true },
  { text: "Do you prefer working with startups or large companies?", closed: false, hard: true },
  {
    text: "Did you go to graduate school, or did you start working right away?",
    closed: false,
    hard: true,
  },
  { text: "Are you happy with the move or not?", closed: true, hard: true },
  { text: "Do you have any tips or resources for beginners?", closed: true, hard: true },
  { text: "Would you take the job again, or not?", closed: true, hard: true },
  // Tags and statements asked with "?".
  { text: "You started in sales, didn't you?", closed: true, hard: true },
  { text: "It's a growing field, isn't it?", closed: true, hard: true },
  { text: "You moved from finance to UX?", closed: true, hard: true },
  { text: "The team is mostly remote, right?", closed: true, hard: true },
  { text: "So you manage the whole region?", closed: true, hard: true },
  // Imperatives, wishes and fragments with "?".
  { text: "Tell me about your first year?", closed: false, hard: true },
  { text: "Walk me through a typical week?", closed: false, hard: true },
  { text: "I'd love to know how you got started?", closed: false, hard: true },
  { text: "I'm curious what surprised you most about the job?", closed: false, hard: true },
  { text: "I was wondering if you could tell me about your team?", closed: false, hard: true },
  { text: "I was wondering whether you hire interns?", closed: true, hard: true },
  { text: "Any advice for someone starting out?", closed: false, hard: true },
  { text: "Your biggest challenge in the first year?", closed: false, hard: true },
  // Negatives, lower case, no "?", bullets, curly quotes.
  { text: "Don't you miss working in finance?", closed: true, hard: true },
  { text: "Isn't it hard to find work in this field?", closed: true, hard: true },
  { text: "Wouldn't you agree that networking matters most?", closed: true, hard: true },
  { text: "Haven't you considered moving into management?", closed: true, hard: true },
  { text: "do you like your job", closed: true, hard: true },
  { text: "what do you like most about your job", closed: false, hard: true },
  { text: "1. Is the pay good?", closed: true, hard: true },
  { text: "- How did you find your first client?", closed: false, hard: true },
  { text: "“Couldn’t you tell me what the interviews are like?”", closed: false, hard: true },
  { text: "  Are   you   hiring  ?  ", closed: true, hard: true },
  // Not questions at all.
  { text: "I studied biology at Ohio State.", closed: false },
  { text: "Thank you for your time", closed: false },
];
