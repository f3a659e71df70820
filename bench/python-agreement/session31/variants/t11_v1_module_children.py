# A thread-safe tree of budgets: methods call each other under one RLock (re-entrant acquisition)
import threading


CHILDREN = {"eng": ["backend", "frontend"], "ops": ["oncall"]}


class Budget:
    def __init__(self):
        self.lock = threading.RLock()
        self.spent = {}
        self.children = CHILDREN

    def charge(self, team, amount):
        with self.lock:
            self.spent[team] = self.spent.get(team, 0) + amount

    def charge_group(self, group, amount):
        with self.lock:
            for team in self.children[group]:
                self.charge(team, amount)  # re-enters the RLock

    def group_total(self, group):
        with self.lock:
            return sum(self.spent.get(t, 0) for t in self.children[group])

    def move(self, src, dst, amount):
        with self.lock:
            if self.spent.get(src, 0) >= amount:
                self.charge(src, -amount)
                self.charge(dst, amount)
                return True
            return False


budget = Budget()


def finance():
    budget.charge_group("eng", 10)
    budget.charge("oncall", 7)


def manager():
    budget.charge_group("ops", 3)
    moved = budget.move("backend", "frontend", 4)
    if moved:
        budget.charge("backend", 1)


threads = [threading.Thread(target=finance), threading.Thread(target=manager)]
for t in threads:
    t.start()
for t in threads:
    t.join()

spent = dict(sorted(budget.spent.items()))
eng_total = budget.group_total("eng")
ops_total = budget.group_total("ops")
print("spent:", spent)
print("eng_total:", eng_total, "ops_total:", ops_total)
