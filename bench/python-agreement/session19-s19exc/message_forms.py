# CPython 3.11.7, 10 of 10 runs: ok, log ['a ok', 'b asked for 5', 'caught b asked for 5', "ValueError('b asked for 5')", 'b asked for 5', 'ValueError', 'ValueError']; weft: that and the other thread order (2 outcomes, complete).
# Workers raise ValueError with a message built at run time; the handler records str(e), f"{e}", repr(e),
# e.args[0], type(e).__name__ and e.__class__.__name__ in a shared log (the order of the threads races).
import threading

log = []
lock = threading.Lock()


def work(name, amount):
    try:
        if amount > 2:
            raise ValueError(f"{name} asked for {amount}")
        with lock:
            log.append(f"{name} ok")
    except ValueError as e:
        with lock:
            log.append(str(e))
            log.append(f"caught {e}")
            log.append(repr(e))
            log.append(e.args[0])
            log.append(type(e).__name__)
            log.append(e.__class__.__name__)


threads = [threading.Thread(target=work, args=(name, amount)) for name, amount in [("a", 1), ("b", 5)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert len(log) == 7
