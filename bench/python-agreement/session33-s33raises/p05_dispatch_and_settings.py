# A command dispatcher `getattr(machine, command, fallback)()` (a method where the class has one, the
# fallback otherwise) and a settings-from-keywords constructor (`for k, v in kwargs.items():
# setattr(self, k, v)`), read by two threads that race on `state`.
import threading

unknown = []


def fallback():
    unknown.append(1)


class Machine:
    def __init__(self, name, **kwargs):
        self.name = name
        self.state = "idle"
        for key, value in kwargs.items():
            setattr(self, key, value)

    def start(self):
        self.state = "running"

    def stop(self):
        self.state = "stopped"


machine = Machine("press", speed=3, limit=9)


def handle(command):
    getattr(machine, command, fallback)()


threads = [threading.Thread(target=handle, args=(c,)) for c in ("start", "jump", "stop")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(machine.state, machine.speed, machine.limit, len(unknown))
