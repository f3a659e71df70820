# check: add_done_callback on an already finished future runs at once in the caller
from concurrent.futures import ThreadPoolExecutor
import threading

where = []


def note(fut):
    where.append(threading.current_thread() is threading.main_thread())


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(sum, [1, 2, 3])
    f.result()
    f.add_done_callback(note)
print(where)
