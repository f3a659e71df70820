# A thread_name_prefix computed by the program is refused (its text would name the threads).
from concurrent.futures import ThreadPoolExecutor

PREFIX = "fe" + "tch"
done = []


def job(i):
    done.append(i)


with ThreadPoolExecutor(max_workers=2, thread_name_prefix=PREFIX) as pool:
    pool.submit(job, 1)
print(done)
