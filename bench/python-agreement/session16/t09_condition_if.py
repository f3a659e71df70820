# bug: consumers test the condition with `if` instead of `while`; after notify_all both wake and one pops an empty list
import threading
import time

jobs = []
cv = threading.Condition()
done = []


def consumer(name):
    with cv:
        if not jobs:
            cv.wait()
        job = jobs.pop()
    done.append(job)


def producer():
    time.sleep(0.01)
    with cv:
        jobs.append("job-1")
        cv.notify_all()
    time.sleep(0.01)
    with cv:
        jobs.append("job-2")
        cv.notify_all()


threads = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(2)]
threads.append(threading.Thread(target=producer))
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done:", sorted(done))
