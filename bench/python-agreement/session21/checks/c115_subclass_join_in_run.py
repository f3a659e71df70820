# BUG: a thread that joins itself: RuntimeError("cannot join current thread") ends the thread
import threading

steps = []


class Selfish(threading.Thread):
    def run(self):
        steps.append("start")
        self.join()
        steps.append("never")


s = Selfish()
s.start()
s.join()
print(steps)
