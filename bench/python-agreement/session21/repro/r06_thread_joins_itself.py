# CPython: self.join() in run() raises RuntimeError("cannot join current thread"): the thread ends, status fault, steps == ["start"].
# weft import / explore: "the scenario imported from this program does not load: a task cannot join itself".
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
