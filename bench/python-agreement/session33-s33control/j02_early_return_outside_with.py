# A worker that returns early when told to stop, outside any `with`, joined with a time-out;
# `is_alive()` after the join says whether it finished in time.
import threading
import time

lock = threading.Lock()
jobs = [3, 4]
done = []
alive = []
stop = {"now": 0}


def worker(batch):
    if stop["now"]:
        return
    for job in batch:
        time.sleep(0.01)
        with lock:
            done.append(job)


stop["now"] = 1
quick = threading.Thread(target=worker, args=([],))
slow = threading.Thread(target=worker, args=(jobs,))
quick.start()
stop["now"] = 0
slow.start()
quick.join(timeout=0.5)
slow.join(timeout=0.005)
alive.append(quick.is_alive())
alive.append(slow.is_alive())
slow.join()
print(alive, done)
