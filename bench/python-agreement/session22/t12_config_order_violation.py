# BUG: order violation: the worker is started before the configuration it reads is set
import threading


class Service:
    def __init__(self):
        self.config = None
        self.handled = []

    def serve(self, requests):
        for r in requests:
            limit = self.config["limit"] if self.config else 0
            self.handled.append(min(r, limit))


svc = Service()
worker = threading.Thread(target=svc.serve, args=([5, 50, 500],))
worker.start()
svc.config = {"limit": 100}
worker.join()
print(svc.handled)
assert svc.handled == [5, 50, 100], svc.handled
