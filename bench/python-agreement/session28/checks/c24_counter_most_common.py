import threading
from collections import Counter

words = Counter()
lock = threading.Lock()
top = ""
top_count = 0


def count(text: str) -> None:
    with lock:
        for word in text.split():
            words[word] += 1


threads = [threading.Thread(target=count, args=(t,)) for t in ("a b a", "c a b", "b b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
top, top_count = words.most_common(1)[0]
print(top, top_count)
assert top == "b" and top_count == 4
