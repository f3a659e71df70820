import threading


class Machine:
    def __init__(self):
        self.state = "idle"
        self.log = []

    def start(self):
        if self.state == "idle":
            self.state = "running"
            self.log.append("start")

    def stop(self):
        if self.state == "running":
            self.state = "stopped"
            self.log.append("stop")


machine = Machine()


def operator_thread(command):
    getattr(machine, command)()


threads = [threading.Thread(target=operator_thread, args=(c,)) for c in ("start", "stop")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(machine.state, machine.log)
