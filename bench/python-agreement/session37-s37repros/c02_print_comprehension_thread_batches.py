"""Threads each print the parsed batches of their texts; a bad text's ValueError is counted under a lock."""
import threading

failures = 0
parsed = []
lock = threading.Lock()


def parse(text):
    value = int(text)
    return value * 10


def worker(batches):
    global failures
    for batch in batches:
        try:
            print([parse(t) for t in batch])
            with lock:
                parsed.append(len(batch))
        except ValueError:
            with lock:
                failures += 1


threads = [
    threading.Thread(target=worker, args=([["1", "a"], ["2"]],)),
    threading.Thread(target=worker, args=([["3", "4"]],)),
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(failures, sorted(parsed))
