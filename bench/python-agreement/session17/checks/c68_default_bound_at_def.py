# no bug: a default argument takes the global's value when the def runs, not when the function is called
import threading

limit = 5


def allowed(n, max_n=limit):
    return n <= max_n


limit = 1
verdict = -1


def worker():
    global verdict
    if allowed(3):
        verdict = 1
    else:
        verdict = 0


t = threading.Thread(target=worker)
t.start()
t.join()
print(verdict)
