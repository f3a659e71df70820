# a for loop over a list sees items another thread appends while the loop is still running
import threading
import time

jobs = [1, 2]
done = []


def late_jobs():
    time.sleep(0.005)
    jobs.append(3)
    jobs.append(4)


t = threading.Thread(target=late_jobs)
t.start()
for job in jobs:
    done.append(job)
    time.sleep(0.01)
t.join()
print(done)
