# check: default thread names are "Thread-N (target)" since 3.10; pool threads are prefix_N
import threading
from concurrent.futures import ThreadPoolExecutor

names = []


def work():
    names.append(threading.current_thread().name)


t = threading.Thread(target=work)
t.start()
t.join()
u = threading.Thread(target=work, name="custom")
u.start()
u.join()
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="io") as pool:
    pool.submit(work).result()
joined = "|".join(names)
print(joined)
