/**
 * Sentences of thank-you notes labelled by hand for the three thank-you checks (METHOD §6),
 * by the rules written in thank-you-grammar.ts:
 * - `no_specific_point`: `holds` when the sentence names one thing they said or advised —
 *   what the advice was, what they told, a resource or person they pointed to, or the
 *   concrete topic they spoke about ("I learned a lot about grant writing"). Bare praise
 *   ("your advice was great", "I learned a lot", "it was very helpful") does not hold.
 * - `no_action`: `holds` when the explorer commits to an act, now or to come, or reports one
 *   just done because of the talk. Denials, maybes, wishes without a day, past intentions,
 *   questions, thanks and feelings do not.
 * - `no_stay_in_touch`: `holds` when the explorer offers to keep them posted, stay connected
 *   or write again (a question such as "May I connect with you on LinkedIn?" is an offer).
 *   Good wishes, waiting for a reply, denials, the past and others' promises do not.
 * `hard` marks the cases a keyword list would get wrong.
 */
export type ThankYouCode = "no_specific_point" | "no_action" | "no_stay_in_touch";

export interface LabelledThankYouSentence {
  code: ThankYouCode;
  text: string;
  holds: boolean;
  hard?: true;
}

const point = (text: string, holds: boolean, hard?: true): LabelledThankYouSentence => ({
  code: "no_specific_point",
  text,
  holds,
  ...(hard ? { hard } : {}),
});
const action = (text: string, holds: boolean, hard?: true): LabelledThankYouSentence => ({
  code: "no_action",
  text,
  holds,
  ...(hard ? { hard } : {}),
});
const touch = (text: string, holds: boolean, hard?: true): LabelledThankYouSentence => ({
  code: "no_stay_in_touch",
  text,
  holds,
  ...(hard ? { hard } : {}),
});

export const labelledThankYouSentences: LabelledThankYouSentence[] = [
  // A specific point: what they said or advised, named.
  point("Your advice to start with a portfolio review was exactly what I needed.", true),
  point("When you said agencies hire juniors in spring, it changed my timeline.", true),
  point("The tip about the UX meetup was great.", true),
  point("Thank you for the tip about the Thursday design meetup.", true),
  point("I loved your story about moving from teaching into product design.", true),
  point("You mentioned that most hospitals post research coordinator roles in January.", true),
  point(
    "Your point that a portfolio needs only three case studies really stuck with me.",
    true,
    true,
  ),
  point("Thanks for recommending Steve Krug's book on usability.", true),
  point("I hadn't realized that city planners often start as GIS technicians.", true, true),
  point("It was helpful to hear how your team runs design critiques.", true, true),
  point("I learned a lot about how grant budgets are reviewed.", true, true),
  point("I learned so much about UX research from you.", true, true),
  point("Your suggestion to volunteer at the food bank's data team is a great idea.", true),
  point("Thank you for introducing me to Ana Ruiz.", true),
  point("Thank you for the introduction to your colleague at the county.", true),
  point("Your explanation of how agencies price discovery work was eye-opening.", true),
  point("What you said about freelancing before going in-house made a lot of sense.", true),
  point("Thanks for walking me through your first year at the museum.", true),
  point("Your warning about unpaid test projects will save me a lot of grief.", true),
  point("You recommended the Google Data Analytics certificate, and I looked it up.", true),
  point("Hearing about your move from Chicago to Denver was encouraging.", true),
  point("I appreciated your advice on negotiating a first salary.", true),
  point("You told me that hiring managers read the first two lines of a cover letter.", true),
  point("I didn't know that the state offers a paid apprenticeship in cybersecurity.", true, true),
  point("Your comment that research ops is a growing niche got me thinking.", true),
  point("It was great to learn that you started out in retail like me.", true, true),
  point("Thank you for pointing me to the AIGA mentorship program.", true),
  point("Your insight into how startups screen portfolios was very helpful.", true, true),
  // Not a specific point: praise that would fit any conversation.
  point("I learned a lot.", false, true),
  point("I learned so much.", false, true),
  point("Thanks for the great advice.", false, true),
  point("It was very helpful.", false),
  point("Your advice was invaluable.", false, true),
  point("Thank you for all your insights.", false, true),
  point("What you said really stayed with me.", false, true),
  point("Everything you told me was useful.", false, true),
  point("I learned a lot about the industry.", false, true),
  point("I learned a lot from you.", false, true),
  point("It was great to hear about your experience.", false, true),
  point("Thank you for taking the time to talk with me yesterday.", false, true),
  point("Thank you for meeting with me at the café on Tuesday.", false, true),
  point("I really enjoyed our conversation.", false),
  point("Your perspective was refreshing.", false, true),
  point("Thanks so much for sharing your experiences.", false, true),
  point("I appreciated your honesty about the field.", false, true),
  point("Our conversation gave me a lot to think about.", false),
  point("Thank you for your generosity and your time.", false),
  point("Your tips were spot on.", false, true),
  point("It was a pleasure speaking with you.", false, true),
  point("I came away with so many ideas.", false),
  point("Could you tell me more about the apprenticeship?", false, true),
  point("Thank you again for your kindness.", false),
  point("I'm grateful for everything you shared.", false, true),
  point(
    "What you said about [one thing they said that stayed with you] has stayed with me.",
    false,
    true,
  ),
  point("It was so helpful to hear your thoughts on my career path.", false, true),

  // An action the explorer commits to, or has just done because of it.
  action("I will sign up for the UX meetup this week.", true),
  action("I'm going to reach out to Ana.", true),
  action("I've already signed up.", true, true),
  action("This week I'll rewrite my portfolio.", true),
  action("I plan to take the statistics course in the spring.", true),
  action("I am signing up for the evening class on Thursday.", true),
  action("Next week I'm meeting with the program director.", true),
  action("I've decided to apply to the fellowship.", true),
  action("My next step is to redo my case studies around outcomes.", true, true),
  action("Right after our call I emailed Priya.", true, true),
  action("I have already registered for the certification exam.", true),
  action("I'll take your advice and apply to the apprenticeship.", true, true),
  action("Tomorrow I will update my résumé to lead with the research project.", true),
  action("I intend to volunteer with the county's open data team.", true),
  action("I'll be sure to read the book you recommended.", true, true),
  action("I will contact the two studios you named.", true),
  action("I'd like to shadow a nurse next month.", true, true),
  action("I'm starting the Python course on Monday.", true),
  action("I'm going to rework my portfolio before the March deadline.", true),
  action("I just ordered the book you suggested.", true, true),
  action("I will try the informational approach you described with my next contact.", true),
  action("By Friday I'll have a draft of my new case study.", true),
  action("I'm joining the design association this month.", true),
  action("I've started reading the report you sent.", true),
  action("I will follow up with Dr. Park about the lab opening.", true, true),
  action("So I'll apply to the two programs in the fall.", true),
  action("I'll attend the next chapter meeting.", true),
  // Not an action: denials, wishes, maybes, the past, questions, thanks, notes to the reader.
  action("I won't apply this year.", false, true),
  action("I don't plan to move to Denver.", false, true),
  action("I wish I had asked more about salaries.", false, true),
  action("Should I sign up for the course?", false, true),
  action("Thank you for your time.", false),
  action("I might look into the certificate someday.", false, true),
  action("I was going to ask about internships, but we ran out of time.", false, true),
  action("I'll never forget how generous you were.", false, true),
  action("I'll keep your advice in mind.", false, true),
  action("I'll let you know how it goes.", false, true),
  action("I will keep you posted.", false, true),
  action("You suggested I talk to someone in procurement.", false, true),
  action("I enjoyed hearing about your team.", false),
  action("Would it make sense for me to join the association?", false, true),
  action("I hope you have a great week.", false),
  action("I learned a lot about the field.", false),
  action("I don't think I'll take the bootcamp after all.", false, true),
  action("Ana will introduce me to her manager.", false, true),
  action("I want to learn more someday.", false, true),
  action("I could maybe try freelancing.", false, true),
  action("I would love to stay in touch.", false, true),
  action("I'm so grateful for your advice.", false),
  action("I'll definitely think about it.", false, true),
  action(
    "Your advice gave me a clear next step: [what you will do next with their advice].",
    false,
    true,
  ),
  action("I have learned so much from you.", false, true),
  action("I applied to the same program years ago.", false, true),
  action("I will not be taking the job at the agency.", false, true),
  action("Have you read the report yet?", false),

  // An offer to stay in touch.
  touch("I'll let you know how it goes.", true),
  touch("I'd love to stay in touch.", true),
  touch("May I connect with you on LinkedIn?", true, true),
  touch("I will keep you posted.", true),
  touch("I'd like to keep you posted on how it goes.", true),
  touch("Let's keep in touch.", true),
  touch("I'll send you an update after the course.", true),
  touch("I'd be glad to keep you updated on my progress.", true),
  touch("I hope we can stay in touch.", true),
  touch("I'll report back once I've heard from the program.", true),
  touch("Could I check in with you again in a few months?", true, true),
  touch("Would you mind if I added you on LinkedIn?", true, true),
  touch("I'll write again when I have news.", true),
  touch("I'll be in touch once the interviews are over.", true),
  touch("I look forward to staying in touch.", true, true),
  touch("I'll tell you how the meetup goes.", true),
  touch("I'll follow up with you after the workshop.", true),
  touch("Please feel free to reach out anytime.", true, true),
  touch("I'd love to connect on LinkedIn.", true),
  touch("I will keep you in the loop.", true),
  touch("I hope we can catch up again in the spring.", true),
  touch("You'll hear from me after the exam.", true, true),
  touch("I would be happy to let you know what I decide.", true),
  touch("Let's stay connected.", true),
  touch("I'm going to send you a connection request.", true),
  touch("Thank you, and I'll keep you informed.", true),
  touch("I'll be sure to update you on the application.", true),
  // Not an offer to stay in touch.
  touch("I hope you have a good week.", false, true),
  touch("Have a wonderful weekend.", false),
  touch("I look forward to hearing from you.", false, true),
  touch("I won't take up more of your time.", false),
  touch("We stayed in touch after the conference.", false, true),
  touch("I kept you posted last time.", false, true),
  touch("Ana said she would let you know.", false, true),
  touch("I don't want to bother you with updates.", false, true),
  touch("Thank you again for your time.", false),
  touch("Best of luck with the launch.", false),
  touch("I hope the conference goes well.", false),
  touch("I'm grateful for your help.", false),
  touch("I'll sign up for the meetup this week.", false, true),
  touch("Your advice to keep in touch with old colleagues was wise.", false, true),
  touch("I won't keep you posted on every little thing.", false, true),
  touch("Did you stay in touch with your old team?", false, true),
  touch("Please let me know if you have any other suggestions.", false, true),
  touch("It was a pleasure to meet you.", false),
  touch("I really appreciated your candor.", false),
  touch("Thanks again for everything.", false),
  touch("I hope to see you at the meetup.", false, true),
  touch("She promised to keep me updated.", false, true),
  touch("I'll take your advice and connect the dots.", false, true),
  touch("Enjoy the rest of your week.", false),
  touch("I never managed to stay in touch with my mentors.", false, true),
  touch("You kept your team informed, which impressed me.", false, true),
  // More wording, written while building the rules.
  point("Your idea of writing a short case study for each project is brilliant.", true),
  point("I keep coming back to what you said about treating every interview as research.", true),
  point("The book you suggested, Just Enough Research, is already on my desk.", true),
  point(
    "It was reassuring to hear that many people enter public health after their thirties.",
    true,
  ),
  point("Your encouragement meant the world to me.", false),
  point("Thank you for being so generous with your knowledge.", false),
  point("It was so valuable to hear your perspective.", false),
  point("I left our chat feeling inspired.", false),
  point("Everything you shared about your journey was inspiring.", false),
  point("Thanks for the heads-up about the hiring freeze at the state agency.", true),
  point("I truly appreciated the advice you gave me.", false),
  point("I appreciated the advice you gave me about contacting alumni first.", true),
  action("Following your advice, I'm reaching out to three alumni this week.", true),
  action("I've booked a portfolio review for next Tuesday.", true),
  action("I will be attending the open house on the 14th.", true),
  action("I'm not going to apply until I have more experience.", false),
  action("I had planned to take the course, but it was full.", false),
  action("Maybe I'll look into it.", false),
  action("I wonder whether I should take the course.", false),
  action("I'm going to follow your advice and talk to the team lead at the lab.", true),
  action("I hope to one day work in a lab like yours.", false),
  action("I'm looking forward to the next steps.", false),
  action("I enrolled in the course right after our talk.", true),
  action("I used to volunteer there in college.", false),
  touch("I'd welcome the chance to stay in touch.", true),
  touch("If it's all right with you, I'll drop you a note after the interview.", true),
  touch("I'll reach out again once I've finished the certificate.", true),
  touch("Please send my regards to your team.", false),
  touch("I hope our conversation was useful for you too.", false),
  touch("Can we stay in touch?", true),
  touch("Thank you for connecting me with Ana.", false),
  touch("Thanks for keeping me posted on the opening.", false),
];

/** Whole letters: which thank-you findings each should get. */
export interface LabelledThankYouLetter {
  name: string;
  text: string;
  findings: ThankYouCode[];
}

export const labelledThankYouLetters: LabelledThankYouLetter[] = [
  {
    name: "a complete thank-you",
    text: "Dear Ms. Chen,\n\nThank you for taking the time to talk with me yesterday. Your advice to start with a portfolio review stayed with me, and this week I'll book one with the AIGA chapter.\n\nI'll let you know how it goes.\n\nBest regards,\nAlex",
    findings: [],
  },
  {
    name: "praise only",
    text: "Hi Sam,\n\nThank you so much for your time. I learned a lot, and your advice was great. It was very helpful.\n\nHave a great week!\n\nBest,\nAlex",
    findings: ["no_specific_point", "no_action", "no_stay_in_touch"],
  },
  {
    name: "a point and an offer but no action",
    text: "Dear Dr. Adler,\n\nThank you for meeting with me. When you said hospitals hire coordinators in January, I changed my plans.\n\nI would love to stay in touch.\n\nKind regards,\nJordan",
    findings: ["no_action"],
  },
  {
    name: "a denial and a past wish",
    text: "Hello Ana,\n\nThanks for the tip about the county's open data course. I won't sign up yet, and I wish I had asked more.\n\nMay I connect with you on LinkedIn?\n\nThanks,\nRiley",
    findings: ["no_action"],
  },
  {
    name: "an action and a point, no offer",
    text: "Dear Mr. Okafor,\n\nThank you for our call. Your suggestion to volunteer with the museum's archive was a great idea: I've already applied.\n\nI hope you have a good week.\n\nSincerely,\nSam",
    findings: ["no_stay_in_touch"],
  },
];
