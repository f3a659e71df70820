"""add_done_callback on a future already done runs the callback at once, in the adding thread."""
import threading
from concurrent.futures import ThreadPoolExecutor, wait

ran_in = []


def job():
    return 1


def note(fut):
    ran_in.append(threading.current_thread().name)


with ThreadPoolExecutor(max_workers=1, thread_name_prefix="w") as pool:
    f = pool.submit(job)
    wait([f])
    f.add_done_callback(note)
    ran_in.append("after add")
print(ran_in)
