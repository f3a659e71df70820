import threading
inventory = {"apples": 5, "pears": 3}
lock = threading.Lock()
def take(kind, n):
    with lock:
        if inventory[kind] >= n:
            inventory[kind] -= n
ts = [threading.Thread(target=take, args=("apples", 3)) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(inventory["apples"])
