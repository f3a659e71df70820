# a name assigned anywhere in a function is local in all of it: reading it first is UnboundLocalError
import threading

limit = 5
result = 0


def worker():
    global result
    if limit > 3:
        result = 1
    limit = 10


t = threading.Thread(target=worker)
t.start()
t.join()
print(result)
