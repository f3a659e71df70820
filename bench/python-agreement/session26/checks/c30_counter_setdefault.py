import threading
from collections import Counter

words = Counter()
index: dict[str, list[int]] = {}
lock = threading.Lock()


def scan(doc_id: int, text: str) -> None:
    for word in text.split():
        with lock:
            words[word] += 1
            index.setdefault(word, []).append(doc_id)


docs = ["a b a", "b c", "a c c"]
threads = [threading.Thread(target=scan, args=(i, d)) for i, d in enumerate(docs)]
for t in threads:
    t.start()
for t in threads:
    t.join()
a_count = words["a"]
c_count = words["c"]
c_docs = len(index["c"])
print(a_count, c_count, c_docs)
