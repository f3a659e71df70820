# bug: a plain Semaphore released one time too many lets two threads into the single-slot section
import threading
import time

slot = threading.Semaphore(1)
inside = 0
peak = 0
guard = threading.Lock()

slot.acquire()
slot.release()
slot.release()  # one release too many: a BoundedSemaphore would raise ValueError here


def enter():
    global inside, peak
    with slot:
        with guard:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.005)
        with guard:
            inside -= 1


ts = [threading.Thread(target=enter) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak)
