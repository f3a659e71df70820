# bug: lost update: the position sums are an unlocked read-modify-write of a shared dict.
# enumerate(line.split(), 1) walked, a kept `words = line.split()` measured and walked.
# CPython 3.11 (10 runs): [('a', 4), ('b', 4), ('c', 1)] [0, 0, 2, 3] every run; weft explore:
# complete, 16 outcomes, that one among them, and lost updates of positions['a'] and ['b'].
import queue
import threading

lines = queue.Queue()
positions = {}
lengths = []
for line in ["b a", "c a b"]:
    lines.put(line)


def index_words():
    while True:
        try:
            line = lines.get_nowait()
        except queue.Empty:
            break
        words = line.split()
        lengths.append(len(words))
        for w in words:
            if w == "a":
                lengths.append(0)
        for i, word in enumerate(line.split(), 1):
            positions[word] = positions.get(word, 0) + i


workers = [threading.Thread(target=index_words) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(positions.items()), sorted(lengths))
