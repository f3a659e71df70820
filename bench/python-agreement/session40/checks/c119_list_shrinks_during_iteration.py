# Check: main iterates over a list while a thread removes its first item: the loop skips one. Bug: unsynchronised iteration.
import threading
import time

queue_list = [1, 2, 3, 4]
seen = []


def drop_first():
    time.sleep(0.005)
    queue_list.pop(0)


t = threading.Thread(target=drop_first)
t.start()
for x in queue_list:
    seen.append(x)
    time.sleep(0.01)
t.join()
print(f"seen={seen} left={queue_list}")
