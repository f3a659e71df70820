# check: get, setdefault, pop with default
import threading

a = 0
b = 0


def work():
    global a, b
    d = {"a": 1}
    a = d.get("b", 7) + d.setdefault("a", 100) + d.setdefault("c", 20) + d.pop("zz", 300)
    b = len(d)


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
