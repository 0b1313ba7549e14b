"""Fit audit: how often each rule of the coder fires on the read and scored parts of the dev
sets, the statements-extra set and the UN General Debate corpus, to find rules fitted to the
read sentences (issue 13 part 2, issue 14 "tune honestly").  See README.md."""
