"""A done callback reads exception() of a job that hit IndexError, then main calls result() and catches it."""
from concurrent.futures import ThreadPoolExecutor

ROW = [1, 2]
noted = []
caught = 0


def job():
    return ROW[5]


def note(f):
    noted.append(type(f.exception()).__name__)


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(job)
    fut.add_done_callback(note)
try:
    fut.result()
except IndexError:
    caught = 1
print(noted, caught)
