"""``python -m sinmun.cli``: the ``sinmun`` command."""
from . import main

main()
