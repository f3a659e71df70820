import threading
import queue

log = []


class Service:
    def __init__(self, workers):
        self.jobs = queue.Queue()
        self.results = []
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._run) for _ in range(workers)]

    def start(self):
        for t in self.threads:
            t.start()

    def _run(self):
        while True:
            job = self.jobs.get()
            if job is None:
                break
            with self.lock:
                self.results.append(job * job)

    def stop(self):
        for _ in self.threads:
            self.jobs.put(None)
        for t in self.threads:
            t.join()


svc = Service(2)
svc.start()
for n in (1, 2, 3):
    svc.jobs.put(n)
svc.stop()
for r in sorted(svc.results):
    log.append(r)
print(log)  # ordered
