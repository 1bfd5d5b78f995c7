"""`python -m remiss` runs the command line."""

from remiss.cli import main

main()
