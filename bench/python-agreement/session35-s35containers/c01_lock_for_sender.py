# BUG: a deposit takes the lock of its sender, not of the account it writes, so two deposits into one account run under different locks (lost update).
import threading

balances = {"ann": 0, "bob": 0}
locks = {"ann": threading.Lock(), "bob": threading.Lock(), "cy": threading.Lock()}
senders = ["ann", "cy"]


def lock_for(name):
    return locks[name]


def worker(number, receivers):
    sender = senders[number]
    for receiver in receivers:
        with lock_for(sender):
            current = balances[receiver]
            balances[receiver] = current + 1


def main():
    plan = {0: ["bob", "bob"], 1: ["bob", "ann"]}
    threads = [threading.Thread(target=worker, args=(n, r)) for n, r in plan.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(balances)
    assert balances == {"ann": 1, "bob": 3}, f"lost update: {balances}"


main()
