"""SCTBench reorder_3: a setter writes a then b; a checker reads them and records a mismatch."""
import threading

a = 0
b = 0
mismatches = 0


def setter():
    global a, b
    a = 1
    b = -1


def checker():
    global mismatches
    x = a
    y = b
    if not ((x == 0 and y == 0) or (x == 1 and y == -1)):
        mismatches += 1


threads = [threading.Thread(target=setter), threading.Thread(target=setter), threading.Thread(target=checker)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(mismatches)
