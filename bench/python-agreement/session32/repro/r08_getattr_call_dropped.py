# getattr(m, command)() as a statement (dispatch by name): CPython runs m.start(); weft drops the call.
# CPython 3.11.7: `m_state=running` (5 of 5 runs); weft explore: `m_state=idle`, its only outcome, "complete".
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


t = threading.Thread(target=handle, args=("start",))
t.start()
t.join()
print(m.state)
