# the thread twin of r07: a thread's target is a bound method of a global instance (shared: 5)
import threading


class Counter:
    def __init__(self):
        self.value = 0

    def bump(self):
        self.value += 5


counter = Counter()
t = threading.Thread(target=counter.bump)
t.start()
t.join()
seen = counter.value
print(seen)
