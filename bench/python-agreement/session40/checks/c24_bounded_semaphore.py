# Check: BoundedSemaphore released too often raises ValueError; Semaphore(0) as a signal. Bug: one release too many (caught).
import threading

bs = threading.BoundedSemaphore(1)
signal = threading.Semaphore(0)
errors = 0
got_signal = 0


def worker():
    global errors, got_signal
    bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError:
        errors += 1
    got_signal = int(signal.acquire(timeout=1))


t = threading.Thread(target=worker)
t.start()
signal.release()
t.join()
print(f"errors={errors} got_signal={got_signal}")
