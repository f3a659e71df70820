# d |= {...} on a shared dict
import threading
d = {"a": 1}


def work():
    global d
    d |= {"b": 2, "a": 5}


t = threading.Thread(target=work)
t.start()
t.join()
print(d)
