# BoundedSemaphore released past its bound raises ValueError.
import threading

sem = threading.BoundedSemaphore(1)
errors = 0


def work():
    global errors
    try:
        sem.release()
    except ValueError:
        errors += 1


t = threading.Thread(target=work)
t.start()
t.join()
print(errors)
