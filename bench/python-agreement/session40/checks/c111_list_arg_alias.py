# Check: a module list passed to a thread as an argument and appended to there; a second list made in main is passed to another thread. Bug: none.
import threading

inbox = []
outbox = []


def fill(target, items):
    for x in items:
        target.append(x * 2)


ts = [threading.Thread(target=fill, args=(inbox, [1, 2])), threading.Thread(target=fill, args=(outbox, [5]))]
for t in ts:
    t.start()
for t in ts:
    t.join()
inbox.sort()
print(f"inbox={inbox} outbox={outbox}")
