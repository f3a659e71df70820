# bug: lost update: workers update the shared word counts with a read-modify-write and no lock
import queue
import threading

lines = queue.Queue()
word_counts = {}
for line in ["the cat", "the dog", "a cat and the bird"]:
    lines.put(line)


def count_words():
    while True:
        try:
            line = lines.get_nowait()
        except queue.Empty:
            break
        for word in line.split():
            word_counts[word] = word_counts.get(word, 0) + 1


workers = [threading.Thread(target=count_words) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(word_counts)
assert word_counts["the"] == 3
assert sum(word_counts.values()) == 10
