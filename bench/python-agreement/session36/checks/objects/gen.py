"""Writes random threaded programs whose state lives in instances of the file's classes (attributes, a
dict attribute, a list attribute) changed through methods, some under the instance's lock, some not,
with `time.sleep(0)` between a read and its write. Every final state CPython gives (20 runs) must be
among weft's outcomes. Run here: python3 gen.py; RUNS=20 python3 cmp.py > ../../results/objects.txt."""
import random

HEAD = '''import threading
import time


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.history = []
        self.tags = {"ops": 0}
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:
            value = self.balance
            time.sleep(0)
            self.balance = value + amount
            self.history.append(amount)

    def risky_add(self, amount):
        value = self.balance
        time.sleep(0)
        self.balance = value + amount

    def withdraw(self, amount):
        with self.lock:
            if self.balance < amount:
                return False
            self.balance -= amount
            self.history.append(-amount)
            return True

    def tag(self):
        count = self.tags["ops"]
        time.sleep(0)
        self.tags["ops"] = count + 1


a = Account("a", 10)
b = Account("b", 5)
log = []

'''


def body(rng, name):
    lines = []
    for step in range(rng.randint(2, 3)):
        target = rng.choice(["a", "b"])
        kind = rng.choice(["deposit", "risky", "withdraw", "tag", "transfer"])
        amount = rng.randint(1, 9)
        if kind == "deposit":
            lines.append(f"    {target}.deposit({amount})")
        elif kind == "risky":
            lines.append(f"    {target}.risky_add({amount})")
        elif kind == "withdraw":
            lines.append(f'    log.append(("{name}{step}", {target}.withdraw({amount})))')
        elif kind == "tag":
            lines.append(f"    {target}.tag()")
        else:
            other = "b" if target == "a" else "a"
            lines.append(f"    if {target}.withdraw({amount}):\n        {other}.deposit({amount})")
    return f"def {name}():\n" + "\n".join(lines) + "\n"


def program(rng):
    names = ["t1", "t2", "t3"][: rng.randint(2, 3)]
    text = HEAD + "\n\n".join(body(rng, n) for n in names)
    text += f"\n\nthreads = [{', '.join(f'threading.Thread(target={n})' for n in names)}]\n"
    text += "for t in threads:\n    t.start()\nfor t in threads:\n    t.join()\n"
    text += "print([a.balance, b.balance, len(a.history), len(b.history), a.tags['ops'], b.tags['ops'], sorted(log)])\n"
    return text


if __name__ == "__main__":
    rng = random.Random(3639)
    for n in range(20):
        with open(f"o{n:02d}.py", "w") as out:
            out.write(f'"""Random threaded program over instances (seed 3639, number {n})."""\n' + program(rng))
