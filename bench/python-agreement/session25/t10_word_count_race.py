# BUG: race: the shared defaultdict counter is updated with a read-modify-write that is not atomic
import threading
from collections import defaultdict

TEXT = [
    "the quick brown fox",
    "the lazy dog",
    "the fox jumps over the dog",
    "quick quick fox",
]

counts = defaultdict(int)


def count_words(lines):
    for line in lines:
        for word in line.split():
            current = counts[word]
            counts[word] = current + 1


halves = [TEXT[:2], TEXT[2:]]
threads = [threading.Thread(target=count_words, args=(half,)) for half in halves]
for t in threads:
    t.start()
for t in threads:
    t.join()

expected = sum(len(line.split()) for line in TEXT)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("top", top)
print("total", sum(counts.values()), "expected", expected)
assert sum(counts.values()) == expected, "lost updates"
