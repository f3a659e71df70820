"""Class attributes are one variable for the class: two Visitor instances bump Visitor.count, one under
the class-level lock and one without it, so an update can be lost (1 or 2)."""
import threading
import time


class Visitor:
    count = 0
    lock = threading.Lock()

    def __init__(self, locked):
        self.locked = locked

    def visit(self):
        if self.locked:
            with Visitor.lock:
                seen = Visitor.count
                time.sleep(0.001)
                Visitor.count = seen + 1
        else:
            seen = self.count
            time.sleep(0.001)
            Visitor.count = seen + 1


visitors = [Visitor(True), Visitor(False)]
threads = [threading.Thread(target=v.visit) for v in visitors]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = Visitor.count
print(total)
