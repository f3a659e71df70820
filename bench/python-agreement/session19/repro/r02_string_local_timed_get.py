# SILENT ERROR (weft-start f99a086): the same with a timed `get` in try/except queue.Empty: the local keeps
# its string in CPython (result="none"), weft explore says "complete", result=0 only.
import queue
import threading

q = queue.Queue()
result = ""


def poll():
    global result
    item = "none"
    try:
        item = q.get(timeout=0.01)
    except queue.Empty:
        pass
    result = item


if __name__ == "__main__":
    t = threading.Thread(target=poll)
    t.start()
    t.join()
