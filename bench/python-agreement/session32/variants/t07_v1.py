# BUG: lock-ordering deadlock: transfer(a, b) and transfer(b, a) take the two account locks in opposite order.
import threading


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount, log):
    with src.lock:
        if src.balance < amount:
            log.append(f"{src.name}->{dst.name} refused")
        else:
            src.balance -= amount
            with dst.lock:
                dst.balance += amount
            log.append(f"{src.name}->{dst.name} {amount}")


def main():
    checking = Account("checking", 100)
    savings = Account("savings", 50)
    log = []
    t1 = threading.Thread(target=transfer, args=(checking, savings, 30, log), daemon=True)
    t2 = threading.Thread(target=transfer, args=(savings, checking, 20, log), daemon=True)
    t1.start()
    t2.start()
    t1.join(timeout=0.5)
    t2.join(timeout=0.5)
    stuck = t1.is_alive() or t2.is_alive()
    print("log", sorted(log))
    print("balances", checking.balance, savings.balance, "total", checking.balance + savings.balance)
    print("deadlocked" if stuck else "completed")


main()
