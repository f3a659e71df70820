# variant, no bug (distinct priorities): (priority, dict) tuples: two jobs of equal priority in the heap at once compare the dicts and raise TypeError
import queue
import threading

jobs = queue.PriorityQueue()
order = []


def submitter(jobs_to_send):
    for prio, name in jobs_to_send:
        jobs.put((prio, {"name": name}))


def runner():
    while True:
        try:
            prio, job = jobs.get(timeout=0.1)
        except queue.Empty:
            break
        order.append(job["name"])


a = threading.Thread(target=submitter, args=([(1, "backup"), (2, "email")],))
b = threading.Thread(target=submitter, args=([(4, "billing"), (3, "report")],))
r = threading.Thread(target=runner)
r.start()
a.start()
b.start()
a.join()
b.join()
r.join()
print("ran:", order)
