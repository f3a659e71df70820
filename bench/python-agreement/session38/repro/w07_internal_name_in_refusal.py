# WRONG WORDS. CPython: ['a got 1']. weft (start binary): refused at 18:26, "`name_text` is bound to a
# string here, on one path only (...): bind `name_text` on a line of its own before" -- the program has
# no `name_text`: it is the local the import makes for the f-string operand `{name}` before the hoisted
# `tickets.pop(0)` (crates/pyimport/src/hoisted_reads.rs `operand_name`), and the refusal
# (translate/rebinding.rs) names it and advises the user to bind it. Without the `with cond:` /
# `wait_for` around the `if`, the same f-string imports.
import threading

log = []
cond = threading.Condition()
tickets = []


def consumer(name):
    with cond:
        ok = cond.wait_for(lambda: len(tickets) > 0, timeout=0.2)
        if ok:
            log.append(f"{name} got {tickets.pop(0)}")


def producer():
    with cond:
        tickets.append(1)
        cond.notify()


threads = [threading.Thread(target=consumer, args=("a",)), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
