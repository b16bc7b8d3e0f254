"""Typing into a real app process on the X display the tests run on (Xvfb), via XTEST."""

from __future__ import annotations

from Xlib import XK, X, display
from Xlib.ext import xtest


class XKeyboard:
    """Fake key presses and pointer moves on ``$DISPLAY``, as a user at the keyboard would."""

    def __init__(self) -> None:
        self.display = display.Display()
        if not self.display.has_extension("XTEST"):
            raise RuntimeError("the X server has no XTEST extension")

    def close(self) -> None:
        """Give the keyboard back to whatever window is under the pointer (the X server's
        default, which later tests on the same display expect), and disconnect."""
        self.display.set_input_focus(X.PointerRoot, X.RevertToPointerRoot, X.CurrentTime)
        self.display.sync()
        self.display.close()

    def point_at(self, x: int, y: int) -> None:
        """Move the pointer to (x, y) on the screen (the window under it gets the keys)."""
        xtest.fake_input(self.display, X.MotionNotify, x=x, y=y)
        self.display.sync()

    def focus(self, title: str) -> bool:
        """Give the keyboard focus to the top-level window named ``title`` (as a window
        manager would when the user clicks it); False when no such window is shown."""
        for window in self.display.screen().root.query_tree().children:
            try:
                name = window.get_wm_name()
                shown = window.get_attributes().map_state == X.IsViewable
            except Exception:  # a window that went away meanwhile
                continue
            if shown and name == title:
                window.set_input_focus(X.RevertToPointerRoot, X.CurrentTime)
                self.display.sync()
                return True
        return False

    def press(self, key: str, *modifiers: str) -> None:
        """Press and release ``key`` (an X keysym name: "space", "q"...) with ``modifiers``
        ("Control_L"...) held down."""
        codes = [self._code(name) for name in (*modifiers, key)]
        for code in codes:
            xtest.fake_input(self.display, X.KeyPress, code)
        for code in reversed(codes):
            xtest.fake_input(self.display, X.KeyRelease, code)
        self.display.sync()

    def _code(self, name: str) -> int:
        code = self.display.keysym_to_keycode(XK.string_to_keysym(name))
        if not code:
            raise ValueError(f"no key for {name!r} on this display")
        return int(code)
