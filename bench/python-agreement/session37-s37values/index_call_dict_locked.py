# A dict of tallies keyed by a function's value (`tally[kind_of(w)] += 1`) under a lock in pool jobs:
# every run ends with the same counts.
import threading
from concurrent.futures import ThreadPoolExecutor

tally = {"short": 0, "long": 0}
lock = threading.Lock()


def kind_of(word):
    return "short" if len(word) < 4 else "long"


def classify(word):
    with lock:
        tally[kind_of(word)] += 1


with ThreadPoolExecutor(max_workers=2) as pool:
    for word in ["ox", "horse", "cat", "zebra", "emu"]:
        pool.submit(classify, word)
print(tally)
