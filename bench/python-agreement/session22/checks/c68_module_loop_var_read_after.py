import threading

d = {}
name = "none"


def fill():
    d["b"] = 2
    d["a"] = 1


t = threading.Thread(target=fill)
t.start()
t.join()
for name, size in sorted(d.items()):
    print(name, size)
last = name
for k in d:
    print(k)
after = k
print(last, after)
