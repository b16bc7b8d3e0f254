"""The video lesson player: one engine interface (libVLC or Qt Multimedia), its page and the
watched-span bookkeeping (ARCHITECTURE decision 5)."""
