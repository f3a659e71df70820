# check: walking a list while another thread appends: the walk sees the new items
import threading
import time

jobs = ["j0"]
seen = []


def submitter():
    for i in range(1, 4):
        time.sleep(0.001)
        jobs.append(f"j{i}")


def runner():
    for job in jobs:
        seen.append(job)
        time.sleep(0.002)


a = threading.Thread(target=submitter)
b = threading.Thread(target=runner)
a.start()
b.start()
a.join()
b.join()
print(seen)
