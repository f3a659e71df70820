# bug: releasing a Lock that is not held raises RuntimeError
import threading

lock = threading.Lock()
steps = 0


def worker():
    global steps
    steps += 1
    lock.release()
    steps += 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(steps)
