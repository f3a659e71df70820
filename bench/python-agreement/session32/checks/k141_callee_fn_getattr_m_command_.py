# A method picked at run time and called as a statement: `fn = getattr(m, command); fn();`.
import operator
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
    fn = getattr(m, command)
    fn()


t = threading.Thread(target=handle, args=("start",))
t.start()
t.join()
print(m.state)
