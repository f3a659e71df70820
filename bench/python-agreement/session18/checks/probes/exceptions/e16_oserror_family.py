import threading

caught = ""

def worker():
    global caught
    try:
        raise ConnectionRefusedError()
    except ConnectionError:
        caught = "conn"
    except OSError:
        caught = "os"

t = threading.Thread(target=worker)
t.start()
t.join()
