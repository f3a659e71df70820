# check: the text of OSError with errno and of FileNotFoundError raised by open()
import threading

msgs = []


def work():
    try:
        raise OSError(2, "No such file")
    except OSError as e:
        msgs.append(str(e))
    try:
        raise TimeoutError("slow disk")
    except OSError as e:
        msgs.append(f"{type(e).__name__}:{e}")


t = threading.Thread(target=work)
t.start()
t.join()
print(msgs)
