"""Daemon workers count word lengths; the main thread waits with Queue.join() (task_done)."""
import queue
import threading
from collections import Counter

TEXT = "the quick brown fox jumps over the lazy dog"

words = queue.Queue()
lengths = Counter()
lengths_lock = threading.Lock()
processed = 0


def counter_worker():
    global processed
    while True:
        word = words.get()
        try:
            with lengths_lock:
                lengths[len(word)] += 1
                processed += 1
        finally:
            words.task_done()


if __name__ == "__main__":
    for _ in range(2):
        threading.Thread(target=counter_worker, daemon=True).start()
    for w in ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"]:
        words.put(w)
    words.join()
    histogram = {str(k): v for k, v in sorted(lengths.items())}
    assert processed == len(TEXT.split())
