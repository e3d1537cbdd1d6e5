"""``python -m dangbo``: see ``build.main``."""
import sys

from .build import main

sys.exit(main())
