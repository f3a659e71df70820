import threading
from collections import Counter

TEXT = ["the cat sat", "the dog ran", "a cat ran"]
counts = Counter()
lock = threading.Lock()
longest = {"word": "", "len": 0}


def count_line(line):
    words = line.split()
    local = Counter(words)
    with lock:
        counts.update(local)
        for w in words:
            if len(w) > longest["len"]:
                longest["word"] = w
                longest["len"] = len(w)


ts = [threading.Thread(target=count_line, args=(line,)) for line in TEXT]
for t in ts:
    t.start()
for t in ts:
    t.join()
the_count = counts["the"]
cat_count = counts["cat"]
top = counts.most_common(1)[0][1]
print(the_count, cat_count, top, longest)
