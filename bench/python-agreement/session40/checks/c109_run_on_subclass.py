# Check: a Thread subclass whose run() is called directly (not start()): runs synchronously in the caller. Bug: run() instead of start().
import threading
import time

done = []


class Loader(threading.Thread):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def run(self):
        time.sleep(0.01)
        done.append(self.tag)


a = Loader(1)
a.run()
seen_after_run = len(done)
b = Loader(2)
b.start()
seen_after_start = len(done)
b.join()
print(f"done={done} seen_after_run={seen_after_run} seen_after_start={seen_after_start}")
