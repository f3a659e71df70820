import threading

out = {}


def greet(name, times=1, sep="-"):
    out[name] = sep.join([name] * times)


ts = [threading.Thread(target=greet, args=("ab",), kwargs={"times": 3}), threading.Thread(target=greet, kwargs={"name": "c", "sep": "+", "times": 2})]
for t in ts:
    t.start()
for t in ts:
    t.join()
ab = out["ab"]
c = out["c"]
print(ab, c)
