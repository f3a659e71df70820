import queue
import threading

SENTINEL = None


def produce(q, words):
    for w in words:
        q.put(w)
    q.put(SENTINEL)


def consume(q, counts):
    while True:
        word = q.get()
        if word is SENTINEL:
            break
        counts[word] = counts.get(word, 0) + 1


q = queue.Queue()
counts = {}
words = "the cat and the dog and the bird".split()
p = threading.Thread(target=produce, args=(q, words))
c = threading.Thread(target=consume, args=(q, counts))
p.start()
c.start()
p.join()
c.join()
ordered = sorted(counts, key=lambda w: (-counts[w], w))
for word in ordered:
    print(f"{word}: {counts[word]}")
