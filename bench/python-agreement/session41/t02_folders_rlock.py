# bug: none
import threading
import time


class FolderIndex:
    def __init__(self):
        self._lock = threading.RLock()
        self.children = {}
        self.sizes = {}

    def add_file(self, folder, size):
        with self._lock:
            self.sizes[folder] = self.sizes.get(folder, 0) + size

    def add_folder(self, parent, name):
        with self._lock:
            self.children.setdefault(parent, []).append(name)
            self.add_file(name, 0)

    def total(self, folder):
        with self._lock:
            own = self.sizes.get(folder, 0)
            return own + sum(self.total(c) for c in self.children.get(folder, []))


index = FolderIndex()
index.add_folder("/", "home")
index.add_folder("/", "var")


def scan_home():
    for i, name in enumerate(["docs", "music"]):
        index.add_folder("home", name)
        time.sleep(0.001)
        index.add_file(name, 100 * (i + 1))


def scan_var():
    index.add_folder("var", "log")
    for size in (10, 20, 30):
        time.sleep(0.001)
        index.add_file("log", size)


workers = [threading.Thread(target=scan_home), threading.Thread(target=scan_var)]
for w in workers:
    w.start()
for w in workers:
    w.join()

report = {name: index.total(name) for name in ("/", "home", "var")}
print("totals:", ", ".join(f"{k}={v}" for k, v in report.items()))
