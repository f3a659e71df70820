# no bug: a plain Lock used as a one-shot signal: main takes it, the worker releases it (allowed for Lock, not RLock)
import threading

signal = threading.Lock()
result = 0

signal.acquire()


def worker():
    global result
    result = 42
    signal.release()


t = threading.Thread(target=worker)
t.start()
signal.acquire()
print("result", result)
t.join()
