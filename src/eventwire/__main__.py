"""``python -m eventwire`` runs the command-line interface (the same as the ``eventwire`` script)."""
from eventwire.cli import main

if __name__ == "__main__":
    main()
