# A method picked at run time and called as a statement: `Machine.start(m);`.
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
    Machine.start(m)


t = threading.Thread(target=handle, args=("start",))
t.start()
t.join()
print(m.state)
