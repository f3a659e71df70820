import threading
import time

jobs = ["a", "b", "c"]
done = []
crashes = []


def worker(name):
    while jobs:
        time.sleep(0)
        try:
            job = jobs.pop(0)
        except IndexError:
            crashes.append(name)
            break
        done.append(job)


threads = [threading.Thread(target=worker, args=(n,)) for n in ("w1", "w2")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(done), len(crashes))
