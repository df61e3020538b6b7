"""``python -m welfaredesk`` runs the command line."""

from welfaredesk.cli import main

raise SystemExit(main())
