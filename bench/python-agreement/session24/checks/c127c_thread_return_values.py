"""Values of blocking calls without time-outs: acquire() True, wait() True, join() None, put() None."""
import queue
import threading

lock = threading.Lock()
sem = threading.Semaphore(2)
event = threading.Event()
cond = threading.Condition()
q = queue.Queue()

got_lock = lock.acquire()
lock.release()
got_sem = sem.acquire()
event.set()
got_event = event.wait()
def nothing():
    pass


t = threading.Thread(target=nothing)
t.start()
t.join()
joined_none = 1
put_result = q.put(5)
put_none = 1 if put_result is None else 0
lock_text = str(got_lock)
print(got_lock, got_sem, got_event, joined_none, put_none, lock_text)
