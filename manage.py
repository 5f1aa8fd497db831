#!/usr/bin/env python
import os
import sys
from pathlib import Path

from dotenv import load_dotenv


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "filmhub.settings")
    # manage.py is the developers' entry point: debug is on unless the environment or the
    # local .env says otherwise. Servers start through wsgi.py / asgi.py, which keep the
    # strict default (debug off, a real secret key required).
    load_dotenv(Path(__file__).resolve().parent / ".env", override=False)
    os.environ.setdefault("DJANGO_DEBUG", "true")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
