# A file function taking *parts, called with several arguments.
import threading

lines = []


def log(*parts):
    lines.append(" ".join(parts))


def work():
    log("a", "b", "c")
    log("d")


t = threading.Thread(target=work)
t.start()
t.join()
print(lines)
