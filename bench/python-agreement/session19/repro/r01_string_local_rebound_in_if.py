# SILENT ERROR (weft-start f99a086): a local bound to a string literal, then rebound inside an `if`, is read
# as 0: the import drops `item = "none"` (no `let` in the scenario). CPython: result="none"; weft explore:
# "complete", result=0 only.
import threading

items = []
result = ""


def take():
    global result
    item = "none"
    if items:
        item = items.pop()
    result = item


if __name__ == "__main__":
    t = threading.Thread(target=take)
    t.start()
    t.join()
