# CPython 3.11.7, 10 runs: ok outcomes={'a': 'A', 'b': 'B', 'c': 'C'} (10 of 10). weft explore (s20dicts): 1 outcome, complete. weft-start: refused at the dict comprehension of submits.
from concurrent.futures import ThreadPoolExecutor

NAMES = ["a", "b", "c"]
outcomes = {}


def shout(name):
    return name.upper()


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        pending = {name: pool.submit(shout, name) for name in NAMES}
        for name, fut in pending.items():
            outcomes[name] = fut.result()
        first = pending["a"].result()
    assert outcomes == {"a": "A", "b": "B", "c": "C"}, outcomes
    assert first == "A"
