import threading
from collections import Counter

words = []
out = []


def fill():
    for w in "b a c a b d".split():
        words.append(w)


def stats():
    c = Counter(words)
    out.append(max(words, key=lambda w: c[w]))
    out.append(min(words, key=lambda w: c[w]))


t = threading.Thread(target=fill)
t.start()
t.join()
s = threading.Thread(target=stats)
s.start()
s.join()
print(out)
