# check: `with lock as got` and `except E as err` binding names declared global
import threading

got = None
err = ""
lock = threading.Lock()


def work():
    global got, err
    with lock as got:
        pass
    try:
        raise ValueError("v")
    except ValueError as e:
        err = str(e)


t = threading.Thread(target=work)
t.start()
t.join()
print(got, err)
