"""The frozen program's entry point: the same command line as the ``welfaredesk`` script.

PyInstaller runs this file as ``__main__``; it lives outside the package so that the
package folder itself is not put on ``sys.path`` (its modules would shadow top-level ones).
"""

import sys

from welfaredesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
