"""Messages for errors about scoring quizzes: learners' answers and the files that hold them."""

from __future__ import annotations

QUIZ_MESSAGES: dict[str, str] = {
    "quiz.bad_response": (
        "The answer given to question {question} cannot be scored: it should be {expected}, "
        "but it is {got}."
    ),
    "quiz.unknown_questions": (
        "The answers name questions that the quiz does not have: {questions}; check that they "
        "were given for this quiz."
    ),
    "quiz.file_missing": "There is no file at {path}; check the path.",
    "quiz.file_unreadable": "The file {path} cannot be read; check the path.",
    "quiz.responses_not_json": (
        "The answers file {path} is not valid JSON; it must be one JSON object "
        "mapping question ids to answers."
    ),
    "quiz.responses_not_object": (
        "The answers file {path} holds {got}, but it must be one JSON object mapping question "
        "ids to answers."
    ),
    "quiz.not_in_library": (
        "The quiz file {path} of the course {pack} is missing or cannot be read; add its "
        "course again (File → Add packs…) to repair it."
    ),
    "quiz.no_attempts_left": (
        "You have used all {max} attempts at this quiz. Your best result is kept."
    ),
    "quiz.attempt_closed": (
        "This attempt is already finished and takes no more answers. Start a new attempt to "
        "answer again."
    ),
    "quiz.already_answered": (
        "Question {question} already has an answer in this attempt; an answer cannot be changed "
        "once given."
    ),
}
