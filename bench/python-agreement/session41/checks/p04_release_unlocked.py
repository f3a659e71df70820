# check: releasing an unlocked Lock raises RuntimeError (caught)
import threading

status = ""
lock = threading.Lock()


def work():
    global status
    try:
        lock.release()
        status = "released"
    except RuntimeError as e:
        status = f"RuntimeError: {e}"


t = threading.Thread(target=work)
t.start()
t.join()
print(status)
