import threading, time
lock = threading.Lock()
attempts = 0
def holder():
    with lock:
        time.sleep(0.05)
def retrier():
    global attempts
    while not lock.acquire(timeout=0.02):
        attempts += 1
    lock.release()
h = threading.Thread(target=holder); r = threading.Thread(target=retrier)
h.start(); time.sleep(0.001); r.start(); h.join(); r.join()
print(attempts)
