"""``python -m docs2api``."""

import sys

from docs2api.cli import main

sys.exit(main())
