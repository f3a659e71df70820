# BUG: worker threads pull lines from a queue and update a shared word-count dict with an unlocked
# read-modify-write (get, then store), so two workers counting the same word can lose an update.
import queue
import threading

lines = queue.Queue()
counts = {}


def count_words():
    while True:
        try:
            line = lines.get_nowait()
        except queue.Empty:
            return
        for word in line.split():
            current = counts.get(word, 0)
            counts[word] = current + 1
        lines.task_done()


for text in ["red blue", "blue red", "red"]:
    lines.put(text)

workers = [threading.Thread(target=count_words) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()

red = counts.get("red", 0)
blue = counts.get("blue", 0)
print(f"red={red} blue={blue}")
assert red == 3 and blue == 2, f"lost update: {counts}"
