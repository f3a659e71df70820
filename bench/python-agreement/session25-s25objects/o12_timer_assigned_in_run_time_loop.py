"""A timer attribute assigned again inside a loop whose passes are known only at run time: refused."""
import queue
import threading


class Debouncer:
    def __init__(self):
        self.timer = None

    def trigger(self, value):
        if self.timer is not None:
            self.timer.cancel()
        self.timer = threading.Timer(0.01, print, args=(value,))
        self.timer.start()


inbox = queue.Queue()
for word in ["a", "b"]:
    inbox.put(word)
inbox.put(None)
deb = Debouncer()
while True:
    word = inbox.get()
    if word is None:
        break
    deb.trigger(word)
