"""Writes variants/NAME_vK.py: the program with the listed (old, new) text replacements applied."""
import sys

source, target = sys.argv[1], sys.argv[2]
pairs = sys.argv[3:]
text = open(source).read()
for old, new in zip(pairs[0::2], pairs[1::2]):
    if old not in text:
        sys.exit(f"not found: {old!r}")
    text = text.replace(old, new, 1)
open(target, "w").write(text)
