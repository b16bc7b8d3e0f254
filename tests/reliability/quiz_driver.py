"""Drive the real app through the demo course's quizzes as fast as a learner with a keyboard
could, printing ``ANSWERED <registration> <question id>`` each time an answer's feedback is on
screen. Run as ``python -m tests.reliability.quiz_driver DATA_DIR SEED`` (offscreen); the
reliability test kills it with SIGKILL at random moments.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.launch import LaunchOptions
from c4s_desktop.ui.quiz.quiz_view import QuizView
from tests.quiz_keys import answer
from tests.reliability.app_run import run_until_closed

PACK = "eu.cluster4smart.essentials"
QUIZZES = [f"m{m}-l{n}-quiz" for m in range(1, 5) for n in (1, 2)]


class Driver:
    """Answers, moves on, finishes, starts again; one small step per event-loop turn."""

    def __init__(self, controller: AppController, seed: int) -> None:
        self.controller = controller
        self.rng = random.Random(seed)
        self.quiz = 0
        self.busy = False
        self.view: QuizView | None = None

    def begin(self) -> None:
        window = self.controller.window
        assert window is not None
        self.view = window.item_page.quiz_view
        self.view.answer_confirmed.connect(self._confirmed)
        self._open()

    def _open(self) -> None:
        window = self.controller.window
        assert window is not None
        window.open_item(PACK, QUIZZES[self.quiz % len(QUIZZES)])
        QTimer.singleShot(0, self.step)

    def _confirmed(self, registration: str, question_id: str) -> None:
        print(f"ANSWERED {registration} {question_id}", flush=True)
        self.busy = False

    def step(self) -> None:
        view = self.view
        assert view is not None
        page = view.currentWidget()
        if page is view.question_page and not self.busy:
            if view.question_page.answered:
                view.question_page.next_button.click()
            elif not view.question_page.busy:
                self.busy = True
                answer(view, right=self.rng.random() < 0.6)
        elif page is view.overview:
            overview = view.overview
            if overview.resume_button.isVisibleTo(overview):
                overview.resume_button.click()
            elif overview.start_button.isVisibleTo(overview):
                overview.start_button.click()
            else:
                self.quiz += 1
                self._open()
                return
        elif page is view.results:
            self.quiz += 1
            self._open()
            return
        QTimer.singleShot(1, self.step)


def main() -> int:
    data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication([sys.argv[0]])
    options = LaunchOptions(data_dir=data_dir, lang="en", demo_dir=data_dir / "no-demo",
                            learner="Ana")
    controller = AppController(options)
    driver = Driver(controller, seed)
    controller.ready.connect(driver.begin)
    return run_until_closed(app, controller)


if __name__ == "__main__":
    sys.exit(main())
