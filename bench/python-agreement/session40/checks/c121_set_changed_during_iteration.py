# Check: iterating over a set while another thread adds to it raises RuntimeError. Bug: unsynchronised iteration.
import threading
import time

tags = {1, 2, 3}
count = 0


def tagger():
    time.sleep(0.005)
    tags.add(99)


t = threading.Thread(target=tagger)
t.start()
for tag in tags:
    count += 1
    time.sleep(0.01)
t.join()
print(f"count={count} n={len(tags)}")
