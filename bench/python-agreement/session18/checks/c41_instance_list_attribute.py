# An instance's list attribute appended by threads through a method; a default parameter in __init__.
import threading


class Inbox:
    def __init__(self, owner, limit=3):
        self.owner = owner
        self.limit = limit
        self.messages = []
        self.rejected = 0
        self.lock = threading.Lock()

    def deliver(self, text):
        with self.lock:
            if len(self.messages) < self.limit:
                self.messages.append(text)
            else:
                self.rejected += 1


inbox = Inbox("ann", limit=2)
threads = [threading.Thread(target=inbox.deliver, args=(m,)) for m in ("hi", "yo", "hey")]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(inbox.messages)
