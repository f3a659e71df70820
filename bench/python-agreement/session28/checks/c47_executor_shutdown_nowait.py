import time
from concurrent.futures import ThreadPoolExecutor

finished = 0


def job() -> None:
    global finished
    time.sleep(0.05)
    finished += 1


executor = ThreadPoolExecutor(max_workers=2)
executor.submit(job)
executor.submit(job)
executor.shutdown(wait=False)
snapshot = finished  # the jobs are still running
print(snapshot)
# at exit the interpreter joins the executor's workers, so both jobs finish
