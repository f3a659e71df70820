# max(d, key=d.get) of a shared dict
import threading
d = {"a": 1, "b": 5, "c": 3}
best = ""


def work():
    global best
    best = max(d, key=d.get)


t = threading.Thread(target=work)
t.start()
t.join()
print(best)
