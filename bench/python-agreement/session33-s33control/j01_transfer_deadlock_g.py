# BUG: lock-ordering deadlock (session32/t07 with its final state in a module dict): transfer(a, b) and
# transfer(b, a) take the two account locks in opposite order; a third transfer returns early inside `with`.
import threading


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


final = {}


def transfer(src, dst, amount, log):
    with src.lock:
        if src.balance < amount:
            log.append(f"{src.name}->{dst.name} refused")
            return False
        src.balance -= amount
        with dst.lock:
            dst.balance += amount
    log.append(f"{src.name}->{dst.name} {amount}")
    return True


def main():
    checking = Account("checking", 100)
    savings = Account("savings", 50)
    log = []
    t1 = threading.Thread(target=transfer, args=(checking, savings, 30, log), daemon=True)
    t2 = threading.Thread(target=transfer, args=(savings, checking, 20, log), daemon=True)
    t3 = threading.Thread(target=transfer, args=(savings, checking, 500, log), daemon=True)
    t3.start()
    t1.start()
    t2.start()
    t3.join(timeout=0.5)
    t1.join(timeout=0.5)
    t2.join(timeout=0.5)
    final["refused_ended"] = not t3.is_alive()
    final["stuck"] = t1.is_alive() or t2.is_alive()
    final["entries"] = len(log)
    final["total"] = checking.balance + savings.balance
    print(final)


main()
