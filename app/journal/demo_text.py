"""The word bank the demo journal is written from: invented, ordinary days in recovery.

Sentences carry slots ({person}, {place}, ...) filled from the lists below, so a large
demo journal has common words, rarer words and names to search for.
"""

from __future__ import annotations

from typing import Final

TITLES: Final = (
    "A quieter morning",
    "After group",
    "Evening check-in",
    "The long Tuesday",
    "Small wins",
    "Trying again",
    "Notes before my session",
    "What I didn't say",
    "Rain all day",
    "One day at a time",
    "Back from the meeting",
    "The conversation in the kitchen",
    "Tired but okay",
    "A better night",
    "Things I want to remember",
    "Cravings and coffee",
    "Sunday reset",
    "Before bed",
    "Walking it off",
    "Learning to pause",
    "A hard phone call",
    "Thinking about boundaries",
    "Why I keep going",
    "Steady",
    "Halfway through the week",
    "Slower today",
    "What helped",
    "A letter I won't send",
    "Grateful for small things",
    "Still here",
)

# fmt: off
PEOPLE: Final = (
    "my sponsor", "my sister", "Dana from group", "my therapist", "my partner", "Marcus",
    "my neighbour", "an old friend", "Priya", "my mum", "the group facilitator", "Jo",
    "my brother", "a coworker", "Sam", "Grandad", "the night-shift nurse", "Tomasz",
)
PLACES: Final = (
    "the park", "the kitchen", "the bus stop", "the library", "work", "the porch",
    "the riverside path", "the car", "the community centre", "the bakery on Elm Street",
    "the garden", "my desk", "the laundromat", "the harbour", "the corner shop",
    "the waiting room", "Willowbrook", "the allotment", "the pier", "the chapel hall",
)
FEELINGS: Final = (
    "anxious", "calm", "restless", "hopeful", "lonely", "tired", "proud", "irritable",
    "relieved", "sad", "steady", "overwhelmed", "grateful", "numb", "tender", "curious",
)
ACTIVITIES: Final = (
    "a long walk", "cooking soup", "a breathing exercise", "calling someone", "journaling",
    "an online meeting", "folding laundry", "stretching", "a cold shower", "reading",
    "drawing", "gardening", "a puzzle", "listening to music", "a bike ride", "baking bread",
)
TIMES: Final = (
    "this morning", "at lunch", "after work", "late tonight", "around four",
    "before dinner", "on the way home", "just after waking", "at midnight", "mid-afternoon",
)
WEEKDAYS: Final = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)

# fmt: on

SENTENCES: Final = (
    "I woke up feeling {feeling} and decided not to fight it.",
    "{time} I noticed a craving and named it out loud, which took some of its power away.",
    "I spent some time at {place} and let my thoughts slow down.",
    "I called {person} and we talked for longer than I expected.",
    "{person} reminded me that progress is not a straight line.",
    "The urge came back {time}, and I tried {activity} until it passed.",
    "I keep thinking about what my therapist said about noticing before reacting.",
    "My partner still doesn't want to come to couples sessions, and I felt {feeling} about that.",
    "I want to remember that I chose to stay {time}, even when leaving felt easier.",
    "I ate a proper meal today, which sounds small but matters.",
    "HALT check: hungry a little, angry no, lonely yes, tired very.",
    "Sleep was patchy again, so I went easy on myself.",
    "I said no to something I didn't have the energy for, and nothing fell apart.",
    "There was tension at home {time}, and I walked to {place} instead of arguing.",
    "I wrote down three things I could control and let the rest be.",
    "Group was good tonight; someone said exactly what I have been feeling.",
    "I felt {feeling} most of the day without really knowing why.",
    "I practised the sentence I want to use with my partner: I feel, when, because.",
    "{person} asked how I was doing and I answered honestly for once.",
    "The old routine of {weekday} evenings is the hardest part of the week.",
    "I noticed I was rushing, so I stopped and took five slow breaths.",
    "I don't have to fix everything tonight.",
    "It helped to remember how far I have come since last spring.",
    "I tried {activity} and felt a little lighter afterwards.",
    "My partner and I had a calm conversation about money, which felt like a win.",
    "Sometimes I wish we were doing this work together, and sometimes I am glad it is mine.",
    "I set a boundary about visitors in the house and kept it.",
    "I felt the pull of old friends and old places, and I chose {place} instead.",
    "I am learning that I can care about someone and still protect my recovery.",
    "My body felt heavy {time}; I drank water and lay down for a while.",
    "I made a list of questions for my next session.",
    "Nothing dramatic happened today, and that is its own kind of good news.",
    "I caught myself blaming myself for things that are not mine to carry.",
    "I noticed my shoulders were up by my ears at {place}.",
    "{person} sent a kind message out of nowhere, and it changed the whole afternoon.",
    "I want to bring this up with my therapist: why do {weekday}s feel so long?",
    "I let myself feel {feeling} instead of pushing it away.",
    "The meeting {time} was quiet, but I am glad I went.",
    "I cooked, cleaned up and went to bed on time, which is its own small victory.",
    "I don't know yet what the future of this relationship looks like.",
    "What I can do is keep showing up for myself.",
    "It was easier to ask for help than I feared.",
    "I noticed I wanted to check out, and I stayed present instead.",
    "My partner said they can handle things on their own, and I felt {feeling} hearing it.",
    "I took the long way home past {place} to give myself time to settle.",
    "Today I counted the days and felt proud of the number.",
    "Some days the craving is a whisper and some days it shouts; today it whispered.",
    "I made a cup of tea and sat with the feeling until it softened.",
    "I read over an old entry and barely recognised the person who wrote it.",
    "I reminded myself that a slip is information, not the end of the story.",
    "The light at {place} {time} was beautiful, and I actually noticed it.",
    "I apologised for snapping earlier, and it was received kindly.",
    "I want to be more honest with {person} about how hard this month has been.",
    "I am tired of explaining myself, and I am allowed to rest.",
    "Tomorrow I will try {activity} again.",
    "Writing this down already makes the day feel smaller and more manageable.",
)

LIST_ITEMS: Final = (
    "drink more water",
    "call {person}",
    "get to bed before eleven",
    "go to the {weekday} meeting",
    "ask my therapist about sleep",
    "try {activity}",
    "say no without apologising",
    "spend ten minutes at {place}",
)

# fmt: off
TAGS: Final = (
    "cravings", "sleep", "therapy", "group", "partner", "boundaries", "work", "family",
    "gratitude", "anger", "loneliness", "progress", "meetings", "exercise", "hope", "slip",
)
# fmt: on
