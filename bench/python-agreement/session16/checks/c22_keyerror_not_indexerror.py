# check: a KeyError is not caught by except IndexError; the thread dies
import threading

table = {}
handled = 0


def worker():
    global handled
    try:
        v = table["k"]
    except IndexError:
        handled = 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(handled)
