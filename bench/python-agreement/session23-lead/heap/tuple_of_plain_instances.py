# BUG: two jobs of one priority: PriorityQueue compares the Job objects themselves, which define no `<`
import queue
import threading


class Job:
    def __init__(self, name):
        self.name = name


pq = queue.PriorityQueue()
done = []


def submit(priority, name):
    pq.put((priority, Job(name)))


def run(count):
    for _ in range(count):
        priority, job = pq.get()
        done.append(job.name)


a = threading.Thread(target=submit, args=(2, "a"))
b = threading.Thread(target=submit, args=(1, "b"))
c = threading.Thread(target=submit, args=(2, "c"))
for t in (a, b, c):
    t.start()
for t in (a, b, c):
    t.join()
r = threading.Thread(target=run, args=(3,))
r.start()
r.join()
print(done)
