# ordered
# add_done_callback on a finished future runs the callback at once, in the calling thread.
import threading
from concurrent.futures import ThreadPoolExecutor

log = []


def job():
    return 5


def callback(future):
    log.append(f"callback {future.result()} in main={threading.current_thread() is threading.main_thread()}")


with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(job)
    future.result()
    future.add_done_callback(callback)
    log.append("after add")
print(log)
