import threading

a = threading.Lock()
b = threading.Lock()
balance = {"x": 10, "y": 0}
log = []


def move(amount):
    with a, b:
        balance["x"] -= amount
        balance["y"] += amount


threads = [threading.Thread(target=move, args=(n,)) for n in (3, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(balance["x"])
log.append(balance["y"])
print(log)  # ordered
