# A hand-rolled thread pool: a task list guarded by a Condition, workers loop until a shutdown flag.
import threading


class SimplePool:
    def __init__(self, size):
        self.tasks = []
        self.results = {}
        self.cv = threading.Condition()
        self.shutting_down = False
        self.workers = [threading.Thread(target=self._work, args=(i,)) for i in range(size)]
        for w in self.workers:
            w.start()

    def submit(self, key, fn, *args):
        with self.cv:
            self.tasks.append((key, fn, args))
            self.cv.notify()

    def _work(self, index):
        while True:
            with self.cv:
                while not self.tasks and not self.shutting_down:
                    self.cv.wait()
                if not self.tasks:
                    break
                key, fn, args = self.tasks.pop(0)
            try:
                value = fn(*args) if args else fn()
            except ZeroDivisionError as exc:
                value = f"error: {exc}"
            with self.cv:
                self.results[key] = (value, index)

    def shutdown(self):
        with self.cv:
            self.shutting_down = True
            self.cv.notify_all()
        for w in self.workers:
            w.join()


def ratio(a, b):
    return a // b


pool = SimplePool(2)
pool.submit("r1", ratio, 10, 3)
pool.submit("r2", ratio, 7, 0)
pool.submit("r3", ratio, 9, 2)
pool.submit("r4", lambda: 42)
pool.shutdown()
print({k: v for k, (v, _) in sorted(pool.results.items())})
print("done", len(pool.results))
