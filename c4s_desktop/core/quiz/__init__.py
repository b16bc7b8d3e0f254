"""Quizzes: the question model, the quiz file parser and scoring."""
