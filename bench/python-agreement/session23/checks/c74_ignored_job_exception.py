# check: a job whose exception nobody reads does not stop the program (status ok)
from concurrent.futures import ThreadPoolExecutor

ran = []


def job(n):
    ran.append(n)
    if n == 1:
        raise RuntimeError("ignored")


with ThreadPoolExecutor(max_workers=2) as ex:
    for n in range(3):
        ex.submit(job, n)
total = len(ran)
