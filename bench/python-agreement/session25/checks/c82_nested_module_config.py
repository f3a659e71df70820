# check: nested module displays (a dict of dicts, a dict with tuple keys) read in a thread
import threading

CONFIG = {"db": {"host": "localhost", "port": 5432}, "cache": {"ttl": 30}}
out = []


def read():
    out.append(CONFIG["db"]["host"])
    out.append(CONFIG["db"]["port"] + 1)
    out.append(CONFIG["cache"]["ttl"] * 2)


t = threading.Thread(target=read)
t.start()
t.join()
print(out)
