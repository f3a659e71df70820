# config = settings is the same dict: a write through one name shows through the other
import threading

settings = {"mode": "fast"}
config = settings


def worker():
    config["mode"] = "safe"


t = threading.Thread(target=worker)
t.start()
t.join()
mode = settings["mode"]
print(mode)
