# Check: a thread writes a module dict through another name bound to it; the module dict sees the write. Bug: none.
import threading

cfg = {"limit": 3, "mode": "slow"}
alias = cfg


def worker():
    alias["limit"] = 9
    alias["mode"] = "fast"


t = threading.Thread(target=worker)
t.start()
t.join()
limit = cfg["limit"]
mode = cfg["mode"]
print(f"limit={limit} mode={mode}")
