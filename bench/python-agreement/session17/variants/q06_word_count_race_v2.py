# bug: lost update: workers update the shared word counts with a read-modify-write and no lock
# variant v2: the queue holds words, not lines (no str.split)
import queue
import threading

words = queue.Queue()
word_counts = {}
for word in ["the", "cat", "the", "dog", "a", "cat", "and", "the", "bird"]:
    words.put(word)


def count_words():
    while True:
        try:
            word = words.get_nowait()
        except queue.Empty:
            break
        word_counts[word] = word_counts.get(word, 0) + 1


workers = [threading.Thread(target=count_words) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(word_counts)
assert word_counts["the"] == 3
assert sum(word_counts.values()) == 9
