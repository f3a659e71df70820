# Check: del of an index, insert at 0, pop() from the end, pop(i). Bug: none.
import threading

jobs = [10, 20, 30, 40]
took = []


def worker():
    del jobs[1]
    jobs.insert(0, 5)
    took.append(jobs.pop())
    took.append(jobs.pop(1))


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"jobs={jobs} took={took}")
