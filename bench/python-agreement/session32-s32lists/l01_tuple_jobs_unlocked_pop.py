# BUG: check-then-act: each worker tests the shared job list, then pops its front without a lock, so two workers can both see the last job and one pop fails
import threading
import time

pending = [("resize", 2), ("encode", 3), ("upload", 1)]
done = []
crashes = []


def worker(wid):
    while pending:
        time.sleep(0.001)  # pick a machine for the job
        try:
            name, cost = pending.pop(0)
        except IndexError:
            crashes.append(wid)
            break
        done.append((name, cost * 10, wid))


workers = [threading.Thread(target=worker, args=(w,)) for w in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()

print("done:", sorted(name for name, _, _ in done), "crashes:", len(crashes), "left:", len(pending))
