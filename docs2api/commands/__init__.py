"""One module per ``docs2api`` sub-command; each is thin and calls library functions."""
