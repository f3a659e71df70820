# a Thread subclass attribute _started hides Thread's own Event: start() fails in CPython
import threading


class Task(threading.Thread):
    def __init__(self):
        super().__init__()
        self._started = False
        self.value = 0

    def run(self):
        self._started = True
        self.value = 42


task = Task()
task.start()
task.join()
print(task.value)
