# Subway turnstiles: each gate counts riders in threading.local, then merges its Counter under a lock. Bug: none.
import threading
from collections import Counter

local = threading.local()
totals = Counter()
merge_lock = threading.Lock()
gates_closed = []


def gate(gate_id, swipes):
    local.seen = Counter()
    for card in swipes:
        fare = "child" if card.startswith("c") else "adult"
        local.seen[fare] += 1
    with merge_lock:
        totals.update(local.seen)
        gates_closed.append(gate_id)


swipes = {
    1: ["a1", "c2", "a3"],
    2: ["c4", "c5"],
    3: ["a6", "a7", "a8", "c9"],
}
threads = [threading.Thread(target=gate, args=(g, s)) for g, s in swipes.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()

adult = totals["adult"]
child = totals["child"]
print(f"adult={adult} child={child} gates={sorted(gates_closed)}")
