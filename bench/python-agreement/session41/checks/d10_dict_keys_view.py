# check: keys view reflects later changes
import threading

a = 0


def work():
    global a
    d = {"a": 1}
    ks = d.keys()
    d["b"] = 2
    a = len(ks) * 10 + ("b" in ks)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
