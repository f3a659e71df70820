# BUG: two workers run the functions put on a queue; `bump` adds to a shared counter without a lock
# (`hits += n` is a read and a write), so two bumps run at once can lose one.
import queue
import threading

tasks = queue.Queue()
hits = 0
log = []


def bump(n):
    global hits
    hits += n


def note(n):
    log.append(n)


def worker():
    while True:
        item = tasks.get()
        if item is None:
            break
        fn, n = item
        fn(n)


workers = [threading.Thread(target=worker) for _ in range(2)]
for w in workers:
    w.start()
tasks.put((bump, 1))
tasks.put((note, 7))
tasks.put((bump, 2))
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
print(f"hits={hits} log={log}")
assert hits == 3, f"lost a bump: {hits}"
