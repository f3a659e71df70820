# CPython 3.11.7, 10 runs: ok items[0]=1 len(items)=1 status=done (10 of 10). weft explore (s19silent): 2 outcome(s), complete; CPython's among them (not predicted: 0).
import threading

items = []
status = ""


def check():
    global status
    state = "pending"
    if items:
        state = "done"
    status = state


def give():
    items.append(1)


if __name__ == "__main__":
    t = threading.Thread(target=check)
    u = threading.Thread(target=give)
    u.start()
    t.start()
    t.join()
    u.join()
