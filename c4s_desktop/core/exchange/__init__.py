"""Progress carried by hand: learners' statements written to a file (a USB stick) on one
computer and merged into the store of another, where no network reaches."""
