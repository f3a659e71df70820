# is_alive() of a Thread subclass read before any join: weft refuses it (whether it started is not followed).
import threading


class Worker(threading.Thread):
    def run(self):
        pass


worker = Worker()
worker.start()
seen = worker.is_alive()
worker.join()
