"""Three service threads each wait on I/O (sleep) in parallel: about 60 ms in all."""
import threading
import time

finished: list[str] = []


class Poller(threading.Thread):
    def __init__(self, name: str, delays: list[float]) -> None:
        super().__init__(name=name)
        self.delays = delays

    def run(self) -> None:
        for d in self.delays:
            time.sleep(d)
        finished.append(self.name)


pollers = [Poller("a", [0.02, 0.04]), Poller("b", [0.03, 0.03]), Poller("c", [0.05])]
for p in pollers:
    p.start()
for p in pollers:
    p.join()
print(sorted(finished))
