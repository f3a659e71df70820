import threading

log = []


def attempt(n):
    try:
        value = 10 // n
    except ZeroDivisionError:
        log.append("zero")
    else:
        log.append(value)
    finally:
        log.append("end")


def work():
    attempt(0)
    attempt(5)


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
