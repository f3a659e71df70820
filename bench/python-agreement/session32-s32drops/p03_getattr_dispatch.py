# Dispatch by name: each thread runs the machine's method its command names, `getattr(m, command)()`;
# the last writer wins, so the final state is either command's.
import threading


class Machine:
    def __init__(self):
        self.state = "idle"

    def start(self):
        self.state = "running"

    def stop(self):
        self.state = "stopped"


m = Machine()


def handle(command):
    getattr(m, command)()


threads = [threading.Thread(target=handle, args=(c,)) for c in ("start", "stop")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(m.state)
