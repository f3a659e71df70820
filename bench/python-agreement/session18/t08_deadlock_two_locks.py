# BUG: deadlock: two transfers take the account locks in opposite orders
import threading

ledger = {"a": 50, "b": 50}
locks = {"a": threading.Lock(), "b": threading.Lock()}
log = []


def move(src, dst, amount):
    with locks[src]:
        log.append(f"lock {src}")
        with locks[dst]:
            ledger[src] -= amount
            ledger[dst] += amount
            log.append(f"{src}->{dst}")


if __name__ == "__main__":
    t1 = threading.Thread(target=move, args=("a", "b", 10))
    t2 = threading.Thread(target=move, args=("b", "a", 5))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    total = ledger["a"] + ledger["b"]
