# Check: Thread(kwargs=...), keyword-only parameters, *args collection. Bug: none.
import threading

out = {}


def work(name, *extra, scale=1, offset=0):
    out[name] = sum(extra) * scale + offset


t1 = threading.Thread(target=work, args=("a", 1, 2, 3), kwargs={"scale": 10})
t2 = threading.Thread(target=work, args=("b",), kwargs={"offset": 5})
t1.start()
t2.start()
t1.join()
t2.join()
a = out["a"]
b = out["b"]
print(f"a={a} b={b}")
