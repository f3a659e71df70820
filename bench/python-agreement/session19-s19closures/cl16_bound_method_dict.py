# bug: handlers kept in a dict as bound methods; two threads dispatch to the unlocked one, whose += can lose an update.
# CPython 3.11.7 (agree.py, 10 runs): ok d_a_count=2 d_b_count=2 (10 of 10). weft explore: 2 outcome(s), complete, CPython's among them (d_a_count=1: the lost update).
import threading


class Dispatcher:
    def __init__(self):
        self.a_count = 0
        self.b_count = 0
        self.lock = threading.Lock()
        self.handlers = {"a": self.on_a, "b": self.on_b}

    def on_a(self):
        self.a_count += 1

    def on_b(self):
        with self.lock:
            self.b_count += 1

    def dispatch(self, kind):
        self.handlers[kind]()


d = Dispatcher()
threads = [threading.Thread(target=d.dispatch, args=(k,)) for k in ("a", "a", "b", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(d.a_count, d.b_count)
