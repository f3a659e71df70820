# bug: none
from concurrent.futures import ThreadPoolExecutor
import time


def word_stats(doc):
    name, body = doc
    time.sleep(0.001 * len(body) % 0.003)
    words = body.split()
    longest = max(words, key=len) if words else ""
    return name, len(words), longest


docs = [
    ("intro", "the quick brown fox"),
    ("empty", ""),
    ("body", "jumps over the extraordinarily lazy dog"),
    ("outro", "fin"),
]
with ThreadPoolExecutor(max_workers=3) as pool:
    stats = list(pool.map(word_stats, docs))

total = sum(n for _, n, _ in stats)
for name, n, longest in stats:
    print(f"{name:<6}{n:>3} {longest or '-'}")
print(f"total={total}")
