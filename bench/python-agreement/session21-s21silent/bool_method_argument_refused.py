"""A bool given to a method through a thread's args, kept in an attribute and turned into text:
CPython's log is ['marking True', 'True']; weft cannot tell True from 1 in the parameter `value`
(the method is also a function others may call with numbers) and refuses its text (before session 21:
['marking 1', '1'] under "complete")."""
import threading

log = []


class Box:
    def __init__(self):
        self.ok = False

    def mark(self, value):
        log.append(f"marking {value}")
        self.ok = value


box = Box()
t = threading.Thread(target=box.mark, args=(True,))
t.start()
t.join()
log.append(str(box.ok))
print(log)
