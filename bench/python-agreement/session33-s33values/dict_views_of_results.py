# A job's own dict returned whole, read by the caller through each of its views: keys() in insertion
# order, values() summed by a loop, items() unpacked, and a word counted in two jobs.
from concurrent.futures import ThreadPoolExecutor

DOCS = ["red green red", "blue red"]


def tally(doc):
    seen = {}
    for word in doc.split():
        seen[word] = seen.get(word, 0) + 1
    return seen


order = []
total = 0
reds = 0
with ThreadPoolExecutor(max_workers=2) as pool:
    parts = list(pool.map(tally, DOCS))
for part in parts:
    for word in part.keys():
        order.append(word)
    for n in part.values():
        total += n
    for word, n in part.items():
        if word == "red":
            reds += n
print(order, total, reds)
