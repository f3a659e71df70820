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
t = threading.Thread(target=lambda: None)
t.start()
joined = t.join()
joined_none = 1 if joined is None else 0
put_result = q.put(5)
put_none = 1 if put_result is None else 0
lock_text = str(got_lock)
print(got_lock, got_sem, got_event, joined_none, put_none, lock_text)
