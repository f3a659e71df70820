# BUG: deposit() reads and writes a balance without the lock, so two tellers can lose a deposit
import threading

START = {"ann": 10, "bob": 20}


class Ledger:
    def __init__(self, balances):
        self.balances = dict(balances)
        self.lock = threading.Lock()

    def deposit(self, name, amount):
        current = self.balances[name]
        self.balances[name] = current + amount


class Audit:
    def __init__(self, balances):
        self.seen = balances.copy()


main_ledger = Ledger(START)
spare_ledger = Ledger(START)
audit = Audit({"ann": 1, "bob": 2})


def teller(amount):
    main_ledger.deposit("ann", amount)
    spare_ledger.deposit("bob", amount)


threads = [threading.Thread(target=teller, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

# The copies are the ledgers' own: START keeps its values.
start_ann = START["ann"]
main_ann = main_ledger.balances["ann"]
spare_bob = spare_ledger.balances["bob"]
audit_bob = audit.seen["bob"]
print(f"start_ann={start_ann} main_ann={main_ann} spare_bob={spare_bob} audit_bob={audit_bob}")
