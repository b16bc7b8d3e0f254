"""Pure-Python core of C4S Desktop. Nothing below this package imports Qt."""
