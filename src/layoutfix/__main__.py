"""`python -m layoutfix`: the console script (`layoutfix.console`), for when it is not on the PATH."""

from layoutfix.console import main

if __name__ == "__main__":
    main()
