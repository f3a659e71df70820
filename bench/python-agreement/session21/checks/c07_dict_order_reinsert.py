# a dict keeps insertion order; a key deleted and set again goes to the end
import threading

registry = {}
order = []
lock = threading.Lock()


def register(name):
    with lock:
        registry[name] = len(registry)


for name in ["zeta", "alpha", "mid"]:
    t = threading.Thread(target=register, args=(name,))
    t.start()
    t.join()
del registry["zeta"]
registry["zeta"] = 99
for key in registry:
    order.append(key)
print(order)
