# WRONG WORDS. CPython: ['1', '1']. weft (start binary): refused at 23:19, "this value is given a bool in
# one place (`True`, a comparison, an argument) and another value elsewhere in the file" -- `flag`
# returns `1 if x > 3 else 0`, an int on both paths; no bool is ever given (translate/bool_names.rs
# and bool_flows.rs). A function with `if x > 3: return 1` / `return 0` imports and agrees.
import queue
import threading

log = []
q = queue.Queue()


def flag(x):
    return 1 if x > 3 else 0


    if x > 3:
        return 1
    return 0


def work():
    amount = q.get()
    log.append(f"{flag(amount)}")
    log.append(str(flag(amount)))


t = threading.Thread(target=work)
t.start()
q.put(5)
t.join()
print(log)
