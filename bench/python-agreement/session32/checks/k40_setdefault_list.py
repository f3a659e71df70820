# d.setdefault(k, []).append(x) then len
import threading
d = {}
n = 0


def work():
    global n
    d.setdefault("a", []).append(1)
    d.setdefault("a", []).append(2)
    n = len(d["a"])


t = threading.Thread(target=work)
t.start()
t.join()
print(n)
