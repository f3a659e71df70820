"""Return values of waits with a time-out: Event.wait, Lock.acquire, Condition.wait, Queue.get."""
import queue
import threading

event = threading.Event()
lock = threading.Lock()
cond = threading.Condition()
q = queue.Queue()

event_result = event.wait(timeout=0.01)
event.set()
event_result_after = event.wait(timeout=0.01)

lock.acquire()
acquired_again = lock.acquire(timeout=0.01)
acquired_nonblocking = lock.acquire(blocking=False)
lock.release()
acquired_free = lock.acquire(blocking=False)
lock.release()

with cond:
    cond_result = cond.wait(timeout=0.01)

empty_raised = 0
try:
    q.get(timeout=0.01)
except queue.Empty:
    empty_raised = 1
q.put(5)
got = q.get(timeout=0.01)
print(event_result, event_result_after, acquired_again, acquired_nonblocking, acquired_free, cond_result, empty_raised, got)
