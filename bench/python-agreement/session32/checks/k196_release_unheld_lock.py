# lock.release() of a lock nobody holds raises RuntimeError.
import threading

lock = threading.Lock()
errors = 0


def work():
    global errors
    try:
        lock.release()
    except RuntimeError:
        errors += 1


t = threading.Thread(target=work)
t.start()
t.join()
print(errors)
