import threading

log = []
jobs = []


def add(p, n):
    jobs.append((p, n))


threads = [threading.Thread(target=add, args=a) for a in ((2, "b"), (1, "a"))]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(min(jobs)[1])
log.append(jobs[0] < jobs[1] or jobs[1] < jobs[0])
print(log)  # ordered
