import threading

lock = threading.Lock()
balances = {"a": 10, "b": 10}


def locked(fn, *args):
    with lock:
        return fn(*args)


def move(src, dst, amount):
    if balances[src] >= amount:
        balances[src] -= amount
        balances[dst] += amount
        return True
    return False


outcomes = []


def client(src, dst, amount):
    outcomes.append(locked(move, src, dst, amount))


threads = [threading.Thread(target=client, args=("a", "b", 8)), threading.Thread(target=client, args=("a", "b", 5))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(balances, sorted(outcomes))
