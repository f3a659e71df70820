"""Aliasing: a second name for the same list, a list handed to a thread, an instance keeping the caller's list."""
import threading

inbox = []
alias = inbox
copy = list(inbox)
log = []


class Recorder:
    def __init__(self, sink):
        self.sink = sink

    def record(self, item):
        self.sink.append(item)


recorder = Recorder(log)


def fill(target, n):
    for i in range(n):
        target.append(i)


if __name__ == "__main__":
    t = threading.Thread(target=fill, args=(alias, 3))
    t.start()
    t.join()
    r = threading.Thread(target=recorder.record, args=("x",))
    r.start()
    r.join()
    inbox_len = len(inbox)
    copy_len = len(copy)
    log_len = len(log)
