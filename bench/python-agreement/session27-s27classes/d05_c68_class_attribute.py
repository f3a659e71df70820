# check: a class attribute is shared by every instance until an instance assigns its own
import threading


class Worker:
    created = 0
    label = "worker"

    def __init__(self, name):
        self.name = name

    def register(self):
        Worker.created += 1

    def rename(self):
        self.label = f"{self.name}-worker"


lock = threading.Lock()
made = []


def build(name):
    with lock:
        w = Worker(name)
        w.register()
    w.rename()
    made.append(w.label)


threads = [threading.Thread(target=build, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
created = Worker.created
default_label = Worker.label
print(created, default_label, sorted(made))
