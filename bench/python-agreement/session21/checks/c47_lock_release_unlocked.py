# releasing an unlocked lock raises RuntimeError, which the code catches
import threading

lock = threading.Lock()
state = "none"


def worker():
    global state
    try:
        lock.release()
        state = "released"
    except RuntimeError:
        state = "error"


t = threading.Thread(target=worker)
t.start()
t.join()
print(state)
