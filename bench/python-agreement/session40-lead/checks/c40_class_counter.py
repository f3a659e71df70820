# Each worker object counts itself in a class attribute from its thread. Bug: lost update.
import threading


class Worker:
    started = 0

    def __init__(self, name):
        self.name = name

    def run(self):
        Worker.started += 1


workers = [Worker(f"w{i}") for i in range(3)]
threads = [threading.Thread(target=w.run) for w in workers]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(Worker.started)
