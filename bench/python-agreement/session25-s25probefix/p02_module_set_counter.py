# A module-level set of strings (of integers: the same count; agree.py does not compare a set of numbers yet) read by workers that count the allowed items under a lock.
import threading

ALLOWED = {"2", "3", "5", "7"}
count = 0
lock = threading.Lock()


def worker(numbers):
    global count
    for n in numbers:
        if n in ALLOWED:
            with lock:
                count += 1


threads = [threading.Thread(target=worker, args=(["1", "2", "3"],)), threading.Thread(target=worker, args=(["4", "5", "6", "7"],))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count)
