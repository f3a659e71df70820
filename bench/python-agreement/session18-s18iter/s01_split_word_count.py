# bug: lost update: two workers split lines taken from a queue and count the words with an unlocked
# read-modify-write, so a count of "b" can be lost.
# CPython 3.11 (10 runs): [('a', 1), ('b', 2)] every run (the first worker takes both lines before the
# second starts); weft explore: complete, counts['b']=2 and the lost update counts['b']=1 (assertion).
import queue
import threading

lines = queue.Queue()
counts = {}
for line in ["a b", "b"]:
    lines.put(line)


def count_words():
    while True:
        try:
            line = lines.get_nowait()
        except queue.Empty:
            break
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1


workers = [threading.Thread(target=count_words) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(counts.items()))
assert counts["b"] == 2
