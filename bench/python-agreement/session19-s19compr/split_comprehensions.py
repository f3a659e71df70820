# Comprehensions over the words of a split (session18/t06's form): lower, upper, as they are, joined and
# measured, in a function a thread runs.
# CPython 3.11.7 (10 runs): ok, counts=[3, 3], slugs in the order the threads ran (1 state seen).
# Under weft explore: 2 outcomes (either thread first), complete, CPython's among them. Refused before session 19 at the
# comprehension over `text.split()`.
import threading

LINES = ["Hello Big World", "  spaced   out  words "]
slugs = []
counts = []
lock = threading.Lock()


def slug(text):
    words = [w.lower() for w in text.split()]
    return "-".join(words)


def shout(text):
    return " ".join(w.upper() for w in text.split())


def work(text):
    s = slug(text)
    loud = shout(text)
    n = len([w for w in text.split()])
    with lock:
        slugs.append(s)
        slugs.append(loud)
        counts.append(n)


if __name__ == "__main__":
    threads = [threading.Thread(target=work, args=(line,)) for line in LINES]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(counts) == [3, 3]
