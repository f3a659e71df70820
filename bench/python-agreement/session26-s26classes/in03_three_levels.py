# three levels: each __init__ calls super().__init__(...) first, each log() adds its tag then super()'s
import threading

lock = threading.Lock()
lines = []


class Base:
    def __init__(self, name):
        self.name = name
        self.count = 0

    def log(self, text):
        with lock:
            lines.append(f"{self.name}: {text}")
        self.count += 1


class Tagged(Base):
    def __init__(self, name, tag):
        super().__init__(name)
        self.tag = tag

    def log(self, text):
        super().log(f"[{self.tag}] {text}")


class Loud(Tagged):
    def log(self, text):
        super().log(text.upper())


a = Loud("a", "x")
b = Tagged("b", "y")
threads = [threading.Thread(target=a.log, args=("hi",)), threading.Thread(target=b.log, args=("yo",))]
for t in threads:
    t.start()
for t in threads:
    t.join()
a.log("end")
print(sorted(lines), a.count, b.count)
