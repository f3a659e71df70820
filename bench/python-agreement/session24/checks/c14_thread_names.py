"""Default thread names (`Thread-N (target)` since 3.10) and executor worker names, read in the threads."""
import threading
from concurrent.futures import ThreadPoolExecutor

names = []
lock = threading.Lock()


def record():
    with lock:
        names.append(threading.current_thread().name)


t = threading.Thread(target=record)
t.start()
t.join()
named = threading.Thread(target=record, name="loader")
named.start()
named.join()
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as ex:
    ex.submit(record).result()
main_name = threading.current_thread().name
print(names, main_name)
