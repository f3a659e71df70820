"""Two threads pop from a list of one: one gets IndexError (thread dies, main goes on)."""
import threading

jobs = [42]
taken = []


def take():
    taken.append(jobs.pop())


threads = [threading.Thread(target=take) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(taken, jobs)
