"""Daemon worker pool fed through a Queue; the main thread waits with queue.join() (task_done per job)."""
import queue
import threading
import time

jobs = queue.Queue()
lock = threading.Lock()
word_lengths = {}


def worker():
    while True:
        word = jobs.get()
        try:
            time.sleep(0.001)  # pretend to look the word up
            with lock:
                word_lengths[word] = len(word)
        finally:
            jobs.task_done()


for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()

for word in ["alpha", "be", "gamma", "pi", "epsilon"]:
    jobs.put(word)
jobs.join()

longest = max(word_lengths.values())
count = len(word_lengths)
print(word_lengths, longest)
assert count == 5 and longest == 7
