"""Words for the demo sessions: short, plain, plausible, with no real names."""

from __future__ import annotations

from typing import Final

TAKEAWAYS: Final = (
    "Cravings pass if I wait them out. Twenty minutes felt long but it worked.",
    "I don't have to fix everything tonight.",
    "Naming the feeling out loud took some of the weight off it.",
    "Sleep matters more than I give it credit for.",
    "Someone in group said the same thing I've been thinking. I'm not the only one.",
    "A slip is information, not the end of the story.",
    "I can ask for help before things get loud in my head.",
    "Hungry, angry, lonely, tired: two of four today. Good to notice.",
    "Planning my weekend ahead makes Friday nights easier.",
    "My triggers are more about evenings than places.",
    "It's okay to leave a party early.",
    "I keep saying 'I'm fine'. I could say 'I'm tired' instead.",
    "Gratitude list felt silly at first, then it didn't.",
    "Boundaries can be kind. They are not walls.",
    "Talking to my partner works better when we're both calm.",
    "Counted my days. Felt proud, quietly.",
    "I can listen to someone's hurt without agreeing I'm a bad person.",
    "Small routines in the morning help the whole day.",
    "The urge peaked and then dropped, like the wave we drew.",
    "I want my partner to come along one day, but I can keep going either way.",
    "Dose stays the same for now. Check in again next month.",
    "Side effects are easing. Keep taking it with food.",
    "Group was quiet tonight, and that was fine.",
    "I laughed in group for the first time in a while.",
)

BRING_UP: Final = (
    "The argument on Sunday and how I handled it.",
    "Cravings have been stronger after work.",
    "How to talk about couples counseling without it turning into a fight.",
    "I've been sleeping badly again.",
    "A good week. I want to say that out loud.",
    "Feeling left out at family dinner.",
    "Whether I'm ready to go back to full days at work.",
    "The medication makes me groggy in the morning.",
    "What to say when friends offer me a drink.",
    "I felt ashamed after group and I'm not sure why.",
    "Planning for the holidays.",
    "My partner said 'maybe' this time. How do I not push?",
)

HOMEWORK: Final = (
    "Write three things that went okay today.",
    "Call my sponsor before Friday.",
    "Try the five-minute breathing exercise each morning.",
    "Notice one trigger and write down what came before it.",
    "Plan a sober activity for Saturday evening.",
    "Read the handout on urge surfing.",
    "Write a letter I don't send, to my younger self.",
    "Go to bed before midnight three nights this week.",
    "Practise saying no, kindly, once this week.",
    "List people I can text when it gets hard.",
    "Fill in the HALT check-in every evening.",
    "Take a walk after dinner twice this week.",
    "Write down what I'd like from my partner, without blame.",
    "Bring my medication list to the next visit.",
    "Keep the mood log for seven days.",
    "Share one thing in group next time.",
    "Make a plan for the family gathering.",
    "Drink water before coffee each morning.",
    "Write what a good day would look like.",
    "Check in with a friend I've been avoiding.",
)

TOPICS: Final = (
    "Why evenings are harder than mornings",
    "The way I shut down when my partner raises money",
    "Feeling hopeful, and being scared of feeling hopeful",
    "What 'trust' would look like again at home",
    "Whether to tell my manager about the program",
    "Dreams about using",
    "How to celebrate milestones without a drink",
    "My partner's worries about what I share in group",
    "Grief for the old version of my life",
    "Asking for a different group time",
    "The new medication and my appetite",
    "What I'd like to say to my partner about couples sessions",
)

OTHER_WORDS: Final = (
    "They said the timing is bad with work right now.",
    "They want to think about it a bit longer.",
    "They said they need a break from talking about it this week.",
    "They'd rather talk with me first, just the two of us.",
)

PROVIDERS: Final = (
    ("Riverside evening IOP", "Intensive outpatient program", "Group meets in room 3 or online."),
    ("My counselor", "Individual therapist", "Prefers messages through the patient portal."),
    ("Medication clinic", "Psychiatry", "Bring the medication list to each visit."),
    ("Thursday peer circle", "Peer-support group", "Open meeting, no sign-up needed."),
)
