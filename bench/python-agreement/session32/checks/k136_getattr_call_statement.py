# getattr(obj, name)() as a statement: the dispatch-by-name idiom of command handlers.
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
