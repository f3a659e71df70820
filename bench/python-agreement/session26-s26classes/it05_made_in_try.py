# refused: the instance is made inside a try (a handler could see the name bound where Python's is not)
import threading


class Service:
    def __init__(self):
        self.ready = 0
        self.worker = threading.Thread(target=self.serve)
        self.worker.start()

    def serve(self):
        self.ready = 1


try:
    svc = Service()
except RuntimeError:
    svc = None
svc.worker.join()
print(svc.ready)
