# BUG: extend of a snapshot taken under one lock hold, the length read under another: the erase between
# them makes the copy shorter than the length promised.
import threading

source = ["a", "b", "c"]
target = ["x"]
lock = threading.Lock()
shorter = 0


def snapshot(n):
    with lock:
        return source[:n]


def copier():
    global shorter
    with lock:
        n = len(source)
    copied = snapshot(n)
    with lock:
        target.extend(copied)
        if len(target) < 1 + n:
            shorter += 1


def eraser():
    with lock:
        source.clear()


threads = [threading.Thread(target=copier), threading.Thread(target=eraser)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(target, shorter)
assert shorter == 0
