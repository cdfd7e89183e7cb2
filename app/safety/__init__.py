"""The relationship-safety check: a few plain questions, a calm safety panel when any
answer is yes, and saved checks only when the person chooses to save them."""
