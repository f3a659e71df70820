# Accounts with float balances: deposit threads and a monthly-interest thread, each under the account lock;
# balances are rounded to cents as banks do.
import threading

balances = {"alice": 100.0, "bob": 250.5}
locks = {"alice": threading.Lock(), "bob": threading.Lock()}
history = []
history_lock = threading.Lock()


def deposit(name, amount):
    with locks[name]:
        balances[name] = round(balances[name] + amount, 2)
    with history_lock:
        history.append(f"{name}+{amount}")


def apply_interest(rate):
    for name in ("alice", "bob"):
        with locks[name]:
            balances[name] = round(balances[name] * (1 + rate), 2)
    with history_lock:
        history.append("interest")


threads = [
    threading.Thread(target=deposit, args=("alice", 20.25)),
    threading.Thread(target=apply_interest, args=(0.01,)),
    threading.Thread(target=deposit, args=("bob", 0.1)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = round(sum(balances.values()), 2)
print(balances, total, sorted(history))
