# Threads count words into a shared dict with get(). Bug: lost update without a lock.
import threading

counts = {}
texts = ["red blue", "blue red", "blue"]


def count(text):
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1


threads = [threading.Thread(target=count, args=(t,)) for t in texts]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(counts.items()))
