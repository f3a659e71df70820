# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): ok initials=AGA banner="hello ada | hello grace | hello alan" in 10 of 10 runs; weft explore: that one outcome, complete.
"""Greetings made by a pool's map; the initials are joined from a generator over the results."""
from concurrent.futures import ThreadPoolExecutor

PEOPLE = ["ada", "grace", "alan"]


def greet(name):
    return f"hello {name}"


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        greetings = list(pool.map(greet, PEOPLE))
    initials = "".join(g[6].upper() for g in greetings)
    banner = " | ".join(greetings)
    assert initials == "AGA"
