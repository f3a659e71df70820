# BUG: port of SCTBench reorder_10 (two setters, one checker): a setter writes a then b, and the checker reads
# them in between, seeing a half-set pair. A Barrier lines the threads up to make the window easy to hit.
import threading

a = 0
b = 0
bad_reads = 0
start = threading.Barrier(3)


def setter():
    global a, b
    start.wait()
    a = 1
    b = -1


def checker():
    global bad_reads
    start.wait()
    x = a
    y = b
    if not ((x == 0 and y == 0) or (x == 1 and y == -1)):
        bad_reads += 1


threads = [threading.Thread(target=setter), threading.Thread(target=setter), threading.Thread(target=checker)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"a={a} b={b} bad_reads={bad_reads}")
assert bad_reads == 0, "checker saw a half-written pair"
