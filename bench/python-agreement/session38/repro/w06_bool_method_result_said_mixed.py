# WRONG WORDS. CPython: ['8:True', '4:False', 2]. weft (start binary): refused at the f-string, "`ok` is
# given a bool in one place (`True`, a comparison, an argument) and another value elsewhere in the file"
# -- `ok` is only ever bound to `withdraw(...)`, which returns True or False on every path. Same family
# as w05 (crates/pyimport/src/translate/bool_names.rs, the binding walk). Held-out-like: checks/h02.
import threading

log = []


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        return True


account = Account(10)


def spend(amounts):
    for amount in amounts:
        ok = account.withdraw(amount)
        log.append(f"{amount}:{ok}")


t = threading.Thread(target=spend, args=([8, 4],))
t.start()
t.join()
log.append(account.balance)
print(log)
