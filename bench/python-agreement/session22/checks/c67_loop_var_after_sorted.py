import threading

d = {}
out = []


def fill():
    d["b"] = 2
    d["a"] = 1
    d["c"] = 0


def report():
    k = "?"
    for k, v in sorted(d.items()):
        print(k, v)
    out.append(k)
    for key in sorted(d):
        print(key)
    out.append(key)
    for key2 in d:
        print(key2)
    out.append(key2)


t = threading.Thread(target=fill)
t.start()
t.join()
r = threading.Thread(target=report)
r.start()
r.join()
print(out)
