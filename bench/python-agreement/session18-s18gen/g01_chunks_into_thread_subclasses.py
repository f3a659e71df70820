# CPython 3.11.7, 10 runs (agree.py): every run ok, len(word_counts)=4, total_words=4, each line counted once.
# weft explore: 1 outcome, complete, the same. t02_word_count_workers.py of session 18 without its
# `line.split()` walk (helper s18iter's form): chunks() is computed at import time.
# Word counting with a Thread subclass per chunk of lines; results merged under a lock.
import threading

LINES = [
    "the quick brown fox",
    "jumps over the lazy dog",
    "the dog sleeps",
    "a fox runs over the hill",
]
CHUNK_SIZE = 2

word_counts = {}
merge_lock = threading.Lock()


class CountWorker(threading.Thread):
    def __init__(self, chunk):
        super().__init__()
        self.chunk = chunk
        self.words_seen = 0

    def run(self):
        local = {}
        for line in self.chunk:
            local[line] = local.get(line, 0) + 1
            self.words_seen += 1
        with merge_lock:
            for word, count in local.items():
                word_counts[word] = word_counts.get(word, 0) + count


def chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start:start + size]


if __name__ == "__main__":
    workers = [CountWorker(chunk) for chunk in chunks(LINES, CHUNK_SIZE)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    total_words = sum(w.words_seen for w in workers)
    assert total_words == sum(word_counts.values())
    print(total_words, sorted(word_counts.items()))
