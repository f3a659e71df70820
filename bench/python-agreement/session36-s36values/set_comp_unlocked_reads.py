"""Two threads tag items under a lock; a checker reads the tags without it, before and after a pause.

The distinct tags it counts depend on where the taggers are: `{t for t in tags}`, then a second set
with a test that reads the first (`t not in before`)."""
import threading
import time

tags = []
lock = threading.Lock()
seen_before = 0
seen_after = 0


def tagger(name):
    for n in range(2):
        with lock:
            tags.append(f"{name}{n % 2}")
        time.sleep(0.001)


def checker():
    global seen_before, seen_after
    before = {t for t in tags}
    seen_before = len(before)
    time.sleep(0.002)
    after = {t for t in tags if t not in before}
    seen_after = len(before) + len(after)


threads = [threading.Thread(target=tagger, args=(x,)) for x in ("a", "b")]
threads.append(threading.Thread(target=checker))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen_before, seen_after, len(tags))
