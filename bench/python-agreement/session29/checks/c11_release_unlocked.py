# releasing an unlocked lock raises RuntimeError
import threading

lock = threading.Lock()
errors = 0


def bad():
    global errors
    try:
        lock.release()
    except RuntimeError:
        errors += 1


t = threading.Thread(target=bad)
t.start()
t.join()
print(errors)
