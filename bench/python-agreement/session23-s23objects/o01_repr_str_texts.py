import threading


class Account:
    def __init__(self, ident, balance):
        self.ident = ident
        self.balance = balance
        self.lock = threading.Lock()

    def __repr__(self):
        return f"Account({self.ident}, {self.balance})"


class Named:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        """The name only."""
        return f"<{self.name}>"

    def __repr__(self):
        return f"Named({self.name!r})"


acct = Account(1, 100)
tag = Named("x")
texts = {}


def deposit(amount):
    with acct.lock:
        acct.balance += amount
    print("after", acct, [acct])


def label():
    texts["str"] = str(tag)
    texts["repr"] = repr(tag)
    texts["f"] = f"{tag} {tag!r} {acct}"


threads = [threading.Thread(target=deposit, args=(5,)), threading.Thread(target=label)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(acct, texts)
