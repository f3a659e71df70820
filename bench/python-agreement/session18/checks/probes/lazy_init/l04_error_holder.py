import threading

error = None


def work():
    global error
    try:
        raise ValueError("bad")
    except ValueError:
        error = "bad"


t = threading.Thread(target=work)
t.start()
t.join()
failed = 1 if error is not None else 0
