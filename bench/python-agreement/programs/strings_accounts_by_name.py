"""Accounts keyed by name in a dict that starts empty; two tellers take withdrawal orders (an account's
name) from a queue until they see "stop", and check the balance before they withdraw without a lock: the
same account may be paid twice past its balance."""
import queue
import threading

balances = {}
balances["alice"] = 100
balances["bob"] = 50
orders = queue.Queue()


def teller():
    while True:
        name = orders.get()
        if name == "stop":
            break
        if balances[name] >= 80:
            balances[name] -= 80


tellers = [threading.Thread(target=teller) for _ in range(2)]
for t in tellers:
    t.start()
for name in ("alice", "alice", "bob"):
    orders.put(name)
for _ in tellers:
    orders.put("stop")
for t in tellers:
    t.join()
print(balances)
