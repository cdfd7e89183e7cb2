"""Exit codes of the ``mooring`` command line (documented in README.md)."""

from __future__ import annotations

OK = 0
FAILURE = 1  # anything else: folder not writable, self-test failed, unexpected error
USAGE = 2  # bad arguments, unreadable passphrase file, refused passphrase
WRONG_SECRET = 3  # wrong passphrase or recovery code
DAMAGED = 4  # damaged, tampered, not a vault, missing key file
BUSY = 5  # the vault is held by a running Mooring
NO_VAULT = 6  # no vault here (or, for init, one already exists)
